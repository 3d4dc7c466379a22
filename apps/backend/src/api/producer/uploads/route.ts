import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { requestLocale, sendInvalid } from "../../utils/http"
import { productMessage } from "../products/messages"
import { sniffImage, storedFileName } from "./image-files"

type ReceivedFile = { originalname: string; buffer: Buffer }

/**
 * POST /producer/uploads (multipart `files`) — product images through Medusa's file module, for the
 * producer's product forms. Only real JPEG, PNG, WebP or GIF content is stored, under a clean name.
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const locale = requestLocale(req)
  const files = ((req as MedusaRequest & { files?: ReceivedFile[] }).files ?? []) as ReceivedFile[]
  if (files.length === 0) return sendInvalid(res, { files: productMessage(req, "no_files") }, locale)
  const images = files.map((file) => ({ file, image: sniffImage(file.buffer) }))
  const refused = images.findIndex((i) => !i.image)
  if (refused >= 0) return sendInvalid(res, { [`files.${refused}`]: productMessage(req, "not_an_image") }, locale)

  const { result } = await uploadFilesWorkflow(req.scope).run({
    input: {
      files: images.map(({ file, image }) => ({
        filename: storedFileName(file.originalname, image!.extension),
        mimeType: image!.type,
        content: file.buffer.toString("base64"),
        access: "public" as const,
      })),
    },
  })
  res.status(200).json({ files: result.map((f) => ({ id: f.id, url: f.url })) })
}
