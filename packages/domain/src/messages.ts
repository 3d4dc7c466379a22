/**
 * Error codes produced by the domain schemas and their messages in Vietnamese and English.
 * Schemas put the code in the zod issue's `message`, so each app translates at its own edge.
 */

/** Every error code the domain schemas emit. */
export const DOMAIN_ERROR_CODES = [
  "required",
  "invalid_type",
  "invalid_value",
  "invalid_star_level",
  "score_out_of_range",
  "score_not_in_star_band",
  "five_star_needs_national",
  "invalid_issuing_level",
  "invalid_product_group",
  "invalid_district",
  "invalid_producer_kind",
  "invalid_producer_status",
  "invalid_phone",
  "invalid_email",
  "invalid_url",
  "invalid_date",
  "valid_until_before_valid_from",
  "invalid_handle",
  "not_whole_dong",
  "price_range_inverted",
  "date_range_invalid",
  "too_short",
  "too_long",
  "unknown_field",
  "invalid_province",
  "invalid_country",
  "invalid_international_phone",
  "invalid_postal_code",
  "invalid_shipping_option",
  "invalid_payment_method",
  "invalid_password",
  "passwords_differ",
] as const

/** A domain error code. */
export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number]

/** Locales the domain messages are written in. */
export type DomainLocale = "vi" | "en"

/** Messages for each error code in Vietnamese (main language) and English. */
export const ERROR_MESSAGES: Readonly<Record<DomainLocale, Readonly<Record<DomainErrorCode, string>>>> = {
  vi: {
    required: "Vui lòng nhập thông tin này",
    invalid_type: "Giá trị không đúng kiểu",
    invalid_value: "Giá trị không hợp lệ",
    invalid_star_level: "Hạng sao OCOP phải là 3, 4 hoặc 5 sao",
    score_out_of_range: "Điểm đánh giá phải từ 0 đến 100",
    score_not_in_star_band: "Điểm đánh giá không khớp với hạng sao",
    five_star_needs_national: "Sản phẩm 5 sao phải do Hội đồng cấp Trung ương công nhận",
    invalid_issuing_level: "Cấp công nhận phải là cấp tỉnh hoặc cấp Trung ương",
    invalid_product_group: "Nhóm sản phẩm không hợp lệ",
    invalid_district: "Huyện, thị xã, thành phố không hợp lệ",
    invalid_producer_kind: "Loại hình chủ thể không hợp lệ",
    invalid_producer_status: "Trạng thái chủ thể không hợp lệ",
    invalid_phone: "Số điện thoại không hợp lệ (10 số, bắt đầu bằng 03, 05, 07, 08, 09 hoặc +84)",
    invalid_email: "Địa chỉ email không hợp lệ",
    invalid_url: "Đường dẫn không hợp lệ",
    invalid_date: "Ngày không hợp lệ",
    valid_until_before_valid_from: "Ngày hết hiệu lực phải sau ngày có hiệu lực",
    invalid_handle: "Đường dẫn rút gọn chỉ gồm chữ thường không dấu, số và dấu gạch ngang (2–100 ký tự)",
    not_whole_dong: "Số tiền phải là số đồng nguyên, không âm",
    price_range_inverted: "Giá tối thiểu không được lớn hơn giá tối đa",
    date_range_invalid: "Đến ngày phải từ ngày bắt đầu trở đi, trong tối đa 3 năm",
    too_short: "Nội dung quá ngắn",
    too_long: "Nội dung quá dài",
    unknown_field: "Trường không được hỗ trợ",
    invalid_province: "Vui lòng chọn tỉnh hoặc thành phố",
    invalid_country: "Vui lòng chọn quốc gia nhận hàng",
    invalid_international_phone: "Số điện thoại không hợp lệ (7–15 chữ số, có thể bắt đầu bằng +)",
    invalid_postal_code: "Mã bưu chính không hợp lệ",
    invalid_shipping_option: "Vui lòng chọn cách nhận hàng",
    invalid_payment_method: "Vui lòng chọn cách thanh toán",
    invalid_password: "Mật khẩu phải có ít nhất 8 ký tự",
    passwords_differ: "Hai mật khẩu không giống nhau",
  },
  en: {
    required: "This field is required",
    invalid_type: "Wrong type of value",
    invalid_value: "Invalid value",
    invalid_star_level: "OCOP star level must be 3, 4 or 5 stars",
    score_out_of_range: "Score must be between 0 and 100",
    score_not_in_star_band: "Score does not match the star level",
    five_star_needs_national: "A 5-star product must be certified by the national council",
    invalid_issuing_level: "Issuing level must be provincial or national",
    invalid_product_group: "Invalid product group",
    invalid_district: "Invalid district",
    invalid_producer_kind: "Invalid producer type",
    invalid_producer_status: "Invalid producer status",
    invalid_phone: "Invalid phone number (10 digits starting 03, 05, 07, 08, 09, or +84)",
    invalid_email: "Invalid email address",
    invalid_url: "Invalid URL",
    invalid_date: "Invalid date",
    valid_until_before_valid_from: "Expiry date must be after the start date",
    invalid_handle: "Handle may only contain lowercase letters, digits and hyphens (2–100 characters)",
    not_whole_dong: "Amount must be a whole, non-negative number of đồng",
    price_range_inverted: "Minimum price must not exceed maximum price",
    date_range_invalid: "The end day must not come before the start day, within at most 3 years",
    too_short: "Too short",
    too_long: "Too long",
    unknown_field: "Unsupported field",
    invalid_province: "Please choose a province or city",
    invalid_country: "Please choose the destination country",
    invalid_international_phone: "Invalid phone number (7–15 digits, may start with +)",
    invalid_postal_code: "Invalid postal code",
    invalid_shipping_option: "Please choose how to receive the order",
    invalid_payment_method: "Please choose how to pay",
    invalid_password: "Password must have at least 8 characters",
    passwords_differ: "The two passwords differ",
  },
}

/** True when `value` is one of the domain error codes. */
export function isDomainErrorCode(value: unknown): value is DomainErrorCode {
  return typeof value === "string" && (DOMAIN_ERROR_CODES as readonly string[]).includes(value)
}

/** The message for an error code in the given locale (Vietnamese by default). */
export function domainMessage(code: DomainErrorCode, locale: DomainLocale = "vi"): string {
  return ERROR_MESSAGES[locale][code]
}

/** The part of a zod issue fieldErrors reads; structural so any zod 4 copy's errors fit. */
export interface IssueLike {
  readonly path: ReadonlyArray<PropertyKey>
  readonly message: string
  readonly code?: string
  readonly keys?: ReadonlyArray<string>
}

/**
 * Field errors for a form: issue path joined with '.' → translated message; the first issue per
 * field wins; form-level issues use the key ''. Unknown keys rejected by .strict() are reported on
 * each key. Messages that are not domain codes are passed through unchanged.
 */
export function fieldErrors(
  error: { readonly issues: ReadonlyArray<IssueLike> },
  locale: DomainLocale = "vi",
): Record<string, string> {
  const result: Record<string, string> = {}
  const put = (path: ReadonlyArray<PropertyKey>, message: string): void => {
    const key = path.map((part) => String(part)).join(".")
    if (!(key in result)) result[key] = isDomainErrorCode(message) ? domainMessage(message, locale) : message
  }
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys" && issue.keys) {
      for (const key of issue.keys) put([...issue.path, key], "unknown_field")
    } else {
      put(issue.path, issue.message)
    }
  }
  return result
}
