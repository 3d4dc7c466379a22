import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { DomainLocale } from "@ocop/domain"
import { requestLocale } from "../../utils/http"

/** Messages of the producer product routes, Vietnamese first. */
export const PRODUCT_MESSAGES = {
  product_not_found: { vi: "Không tìm thấy sản phẩm này", en: "No such product" },
  variant_not_found: { vi: "Không tìm thấy phân loại này trong sản phẩm", en: "No such variant in this product" },
  sku_taken: { vi: "Mã SKU này đã được dùng cho sản phẩm khác", en: "This SKU is already used by another product" },
  no_changes: { vi: "Không có thay đổi nào so với phiên bản đang bán", en: "Nothing differs from the version on sale" },
  no_files: { vi: "Vui lòng chọn ít nhất một ảnh", en: "Please choose at least one image" },
  not_an_image: { vi: "Chỉ nhận ảnh JPEG, PNG, WebP hoặc GIF", en: "Only JPEG, PNG, WebP or GIF images are accepted" },
  too_large: { vi: "Ảnh quá lớn (tối đa 5 MB mỗi ảnh)", en: "Image too large (5 MB at most per image)" },
  too_many_files: { vi: "Quá nhiều ảnh trong một lần tải lên", en: "Too many images in one upload" },
} as const satisfies Record<string, Record<DomainLocale, string>>

export type ProductMessage = keyof typeof PRODUCT_MESSAGES

/** The message in the caller's language. */
export const productMessage = (req: MedusaRequest, key: ProductMessage) => PRODUCT_MESSAGES[key][requestLocale(req)]

/** 404 for a product or variant that is not the caller's: the same answer as for one that does not exist. */
export function sendNotFound(
  req: MedusaRequest,
  res: MedusaResponse,
  key: "product_not_found" | "variant_not_found" = "product_not_found",
) {
  res.status(404).json({ type: "not_found", message: productMessage(req, key) })
}
