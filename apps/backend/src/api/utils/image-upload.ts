import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRODUCT_IMAGE_MAX_BYTES } from "@ocop/domain"
import multer from "multer"
import { limitUploadSize } from "../admin/products/upload-limit"
import { productMessage } from "../producer/products/messages"
import { sniffImage, storedFileName } from "../producer/uploads/image-files"
import { requestLocale, sendInvalid } from "./http"

/** Most images in one upload (a product has at most 12). */
export const MAX_FILES_PER_UPLOAD = 12

/** The largest body an upload may announce: every file at its limit, plus room for the multipart framing. */
export const MAX_UPLOAD_BODY_BYTES = MAX_FILES_PER_UPLOAD * PRODUCT_IMAGE_MAX_BYTES + 64 * 1024

// Files stay in memory (at most 12 × 5 MB) because the file module takes their content as base64.
// Browsers send file names as raw UTF-8 ("Ảnh mật ong.png"), not in busboy's default latin1.
const receive = multer({
  storage: multer.memoryStorage(),
  defParamCharset: "utf8",
  limits: { fileSize: PRODUCT_IMAGE_MAX_BYTES, files: MAX_FILES_PER_UPLOAD, fields: 0 },
}).array("files", MAX_FILES_PER_UPLOAD)

type ReceivedFile = { originalname: string; mimetype: string; buffer: Buffer }

/**
 * Receives the multipart `files` of an upload route as images only (decision 020): a body that does
 * not announce its length, or announces more than the limit, is refused before a byte is read;
 * each file must be JPEG, PNG, WebP or GIF by its content, whatever its name or declared type, and
 * gets a clean name with the extension of its real type. Refusals are 400s naming the field.
 */
export function receiveImages(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const locale = requestLocale(req)
  const length = Number(req.headers["content-length"])
  if (!Number.isFinite(length) || length > MAX_UPLOAD_BODY_BYTES) {
    res.setHeader("Connection", "close")
    const message = productMessage(req, "too_large")
    return res.status(413).json({ type: "invalid_data", message, errors: { files: message } })
  }
  receive(req as any, res as any, (error?: unknown) => {
    if (error) {
      if (!(error instanceof multer.MulterError)) return next(error)
      const key =
        error.code === "LIMIT_FILE_SIZE"
          ? "too_large"
          : error.code === "LIMIT_FILE_COUNT"
            ? "too_many_files"
            : "no_files"
      return sendInvalid(res, { files: productMessage(req, key) }, locale)
    }
    const files = ((req as MedusaRequest & { files?: ReceivedFile[] }).files ?? []) as ReceivedFile[]
    if (files.length === 0) return sendInvalid(res, { files: productMessage(req, "no_files") }, locale)
    for (const [index, file] of files.entries()) {
      const image = sniffImage(file.buffer)
      if (!image) return sendInvalid(res, { [`files.${index}`]: productMessage(req, "not_an_image") }, locale)
      file.originalname = storedFileName(file.originalname, image.extension)
      file.mimetype = image.type
    }
    next()
  })
}

/**
 * Medusa's own `POST /admin/uploads` reads any file with a multer of its own, without limits. This
 * runs first (a global matcher): one image's size at most (limitUploadSize, before reading), then
 * the images as above; it then marks the request as read so Medusa's multer, which only parses
 * multipart requests, leaves `req.files` as we checked them.
 */
export function medusaUploadsAreImages(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const path = req.originalUrl.split("?")[0]!.toLowerCase().replace(/\/+$/, "")
  if (req.method !== "POST" || path !== "/admin/uploads") return next()
  limitUploadSize(req, res, () =>
    receiveImages(req, res, (error?: unknown) => {
      if (error) return next(error)
      req.headers["content-type"] = "application/x-ocop-checked-images"
      next()
    }),
  )
}
