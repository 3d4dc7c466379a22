import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRODUCT_IMAGE_MAX_BYTES } from "@ocop/domain"
import { requestLocale } from "../../utils/http"

/** Room for the multipart envelope (boundaries, part headers) around the file itself. */
const ENVELOPE_BYTES = 64 * 1024
const MEGABYTES = PRODUCT_IMAGE_MAX_BYTES / (1024 * 1024)

const TOO_LARGE = {
  vi: `Tệp quá lớn: mỗi lần tải lên tối đa ${MEGABYTES} MB`,
  en: `The file is too large: at most ${MEGABYTES} MB per upload`,
} as const
const NO_LENGTH = {
  vi: "Yêu cầu tải lên phải cho biết kích thước (Content-Length)",
  en: "An upload must state its size (Content-Length)",
} as const

/**
 * Refuses an upload body larger than one product image before it is read: Medusa's upload route
 * buffers every file in memory with no limit. Browsers always send Content-Length with a form.
 */
export function limitUploadSize(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const locale = requestLocale(req)
  const header = req.get("content-length")
  if (!header || !/^\d+$/.test(header))
    return res.status(411).json({ type: "invalid_data", message: NO_LENGTH[locale] })
  if (Number(header) > PRODUCT_IMAGE_MAX_BYTES + ENVELOPE_BYTES) {
    return res.status(413).json({ type: "invalid_data", message: TOO_LARGE[locale] })
  }
  next()
}
