import type { DomainLocale } from "./messages"

/**
 * The one home of error codes: the backend puts one in the `code` of an error answer, and clients
 * react to the code, never to the message text. Each code carries its message in both languages,
 * so a client can say it in the buyer's language whatever language the answer came in.
 */
export const ERROR_CODES = {
  // What may be bought (purchase-rules.ts): checked at add-to-cart, line update and cart completion.
  product_not_published: {
    vi: "Sản phẩm này hiện không được bán.",
    en: "This product is not on sale at the moment.",
  },
  producer_not_active: {
    vi: "Chủ thể OCOP của sản phẩm này đang tạm ngừng bán hàng.",
    en: "The producer of this product has suspended sales.",
  },
  not_certified: {
    vi: "Sản phẩm này không có chứng nhận OCOP hiệu lực nên không thể mua.",
    en: "This product holds no valid OCOP certificate and cannot be bought.",
  },
  certificate_expired: {
    vi: "Chứng nhận OCOP của sản phẩm này đã hết hạn nên không thể mua.",
    en: "This product's OCOP certificate has expired, so it cannot be bought.",
  },
  certificate_revoked: {
    vi: "Chứng nhận OCOP của sản phẩm này đã bị thu hồi nên không thể mua.",
    en: "This product's OCOP certificate was revoked, so it cannot be bought.",
  },
  certificate_not_yet_valid: {
    vi: "Chứng nhận OCOP của sản phẩm này chưa có hiệu lực nên chưa thể mua.",
    en: "This product's OCOP certificate is not in force yet, so it cannot be bought yet.",
  },
  out_of_stock: {
    vi: "Sản phẩm này không còn đủ hàng.",
    en: "There is not enough of this product in stock.",
  },
  // Another checkout held the same stock for longer than Medusa's lock waits: nothing was written,
  // and the same request may be sent again (with Retry-After).
  busy: {
    vi: "Hệ thống đang xử lý một đơn hàng khác cho cùng sản phẩm. Vui lòng thử lại sau giây lát.",
    en: "Another order for the same product is being processed. Please try again in a moment.",
  },
  // Placing an order (POST /store/carts/:id/place): a step of the checkout is not done yet, or the
  // payment provider did not accept the payment; nothing was written either way.
  checkout_incomplete: {
    vi: "Vui lòng hoàn tất các bước trước khi đặt hàng.",
    en: "Please complete the previous steps before placing your order.",
  },
  payment_not_authorized: {
    vi: "Không thể xác nhận phương thức thanh toán. Vui lòng chọn lại hoặc thử lại sau.",
    en: "The payment method could not be confirmed. Please choose again or try later.",
  },
  // Reviews of producers' changes (the console shows the message on a decision it cannot take).
  review_already_decided: {
    vi: "Yêu cầu này đã được xử lý trước đó",
    en: "This review has already been decided",
  },
  review_product_moved: {
    vi: "Sản phẩm này đã được chuyển sang chủ thể khác; không thể duyệt thay đổi của chủ thể cũ",
    en: "This product now belongs to another producer; the previous producer's change cannot be approved",
  },
} as const satisfies Record<string, Record<DomainLocale, string>>

/** A code in an error answer's `code`. */
export type ErrorCode = keyof typeof ERROR_CODES

/** Type guard for a known error code (an answer may carry Medusa's own codes too). */
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === "string" && Object.prototype.hasOwnProperty.call(ERROR_CODES, value)
}

/** The message of a code in the locale. */
export function errorMessage(code: ErrorCode, locale: DomainLocale): string {
  return ERROR_CODES[code][locale]
}

/** Both languages, Vietnamese first: for answers whose caller's language is unknown (cart workflows). */
export function bilingualErrorMessage(code: ErrorCode): string {
  return `${ERROR_CODES[code].vi} ${ERROR_CODES[code].en}`
}
