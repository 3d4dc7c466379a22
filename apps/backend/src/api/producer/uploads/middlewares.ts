import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { PRODUCT_IMAGE_MAX_BYTES } from "@ocop/domain"
import multer from "multer"
import { requestLocale, sendInvalid } from "../../utils/http"
import { productMessage } from "../products/messages"

/** Most images in one upload (a product has at most 12). */
export const MAX_FILES_PER_UPLOAD = 12

// Files stay in memory (at most 12 × 5 MB) because the file module takes their content as base64.
// Browsers send file names as raw UTF-8 ("Ảnh mật ong.png"), not in busboy's default latin1.
const receive = multer({
  storage: multer.memoryStorage(),
  defParamCharset: "utf8",
  limits: { fileSize: PRODUCT_IMAGE_MAX_BYTES, files: MAX_FILES_PER_UPLOAD, fields: 0 },
}).array("files", MAX_FILES_PER_UPLOAD)

/** Reads the multipart `files`; a file over the limit or too many files is a 400, not a 500. */
function receiveImages(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  receive(req as any, res as any, (error?: unknown) => {
    if (!error) return next()
    if (!(error instanceof multer.MulterError)) return next(error)
    const key =
      error.code === "LIMIT_FILE_SIZE" ? "too_large" : error.code === "LIMIT_FILE_COUNT" ? "too_many_files" : "no_files"
    sendInvalid(res, { files: productMessage(req, key) }, requestLocale(req))
  })
}

export const producerUploadMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/producer/uploads", middlewares: [receiveImages] },
]
