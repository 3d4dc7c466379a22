/**
 * Checkout input: contact, Vietnamese and international addresses, delivery and payment choices.
 * The storefront's forms and the backend share these, so a field fails the same way on both sides.
 */
import { z } from "zod"
import { emailSchema, requiredOr, requiredText, optionalText, vietnamesePhoneSchema } from "./schemas"

/**
 * Vietnam's 34 province-level units since 1 July 2025 (6 centrally-run cities, 28 provinces), as a
 * shipping address names them today: province or city, then commune or ward, no district.
 */
export const VIETNAM_PROVINCES = [
  "Hà Nội",
  "Huế",
  "Hải Phòng",
  "Đà Nẵng",
  "Thành phố Hồ Chí Minh",
  "Cần Thơ",
  "An Giang",
  "Bắc Ninh",
  "Cà Mau",
  "Cao Bằng",
  "Điện Biên",
  "Đắk Lắk",
  "Đồng Nai",
  "Đồng Tháp",
  "Gia Lai",
  "Hà Tĩnh",
  "Hưng Yên",
  "Khánh Hòa",
  "Lai Châu",
  "Lạng Sơn",
  "Lào Cai",
  "Lâm Đồng",
  "Nghệ An",
  "Ninh Bình",
  "Phú Thọ",
  "Quảng Ngãi",
  "Quảng Ninh",
  "Quảng Trị",
  "Sơn La",
  "Tây Ninh",
  "Thái Nguyên",
  "Thanh Hóa",
  "Tuyên Quang",
  "Vĩnh Long",
] as const

/** A province-level unit's name. */
export type VietnamProvince = (typeof VIETNAM_PROVINCES)[number]

/** Countries of the international region (ISO 3166-1 alpha-2, lowercase as Medusa stores them). */
export const INTERNATIONAL_COUNTRIES = [
  { code: "au", nameVi: "Úc", nameEn: "Australia" },
  { code: "ca", nameVi: "Canada", nameEn: "Canada" },
  { code: "cn", nameVi: "Trung Quốc", nameEn: "China" },
  { code: "de", nameVi: "Đức", nameEn: "Germany" },
  { code: "fr", nameVi: "Pháp", nameEn: "France" },
  { code: "gb", nameVi: "Vương quốc Anh", nameEn: "United Kingdom" },
  { code: "jp", nameVi: "Nhật Bản", nameEn: "Japan" },
  { code: "kr", nameVi: "Hàn Quốc", nameEn: "South Korea" },
  { code: "nl", nameVi: "Hà Lan", nameEn: "Netherlands" },
  { code: "sg", nameVi: "Singapore", nameEn: "Singapore" },
  { code: "th", nameVi: "Thái Lan", nameEn: "Thailand" },
  { code: "us", nameVi: "Hoa Kỳ", nameEn: "United States" },
] as const

/** Code of a country the shop ships to abroad. */
export type InternationalCountryCode = (typeof INTERNATIONAL_COUNTRIES)[number]["code"]

/** All international country codes. */
export const INTERNATIONAL_COUNTRY_CODES = INTERNATIONAL_COUNTRIES.map(
  (c) => c.code,
) as readonly InternationalCountryCode[] as readonly [InternationalCountryCode, ...InternationalCountryCode[]]

/** Every country a buyer may choose: Vietnam first. */
export const SHOP_COUNTRY_CODES = ["vn", ...INTERNATIONAL_COUNTRY_CODES] as const

/** Which region serves a country: 'vn' → Vietnam (VND), anything else → international (USD). */
export function regionKindForCountry(countryCode: string): "vietnam" | "international" {
  return countryCode.toLowerCase() === "vn" ? "vietnam" : "international"
}

/** Display name of a shop country. */
export function countryName(code: string, locale: "vi" | "en"): string {
  if (code === "vn") return locale === "en" ? "Vietnam" : "Việt Nam"
  const country = INTERNATIONAL_COUNTRIES.find((c) => c.code === code)
  return country ? (locale === "en" ? country.nameEn : country.nameVi) : code.toUpperCase()
}

const INTERNATIONAL_PHONE = /^\+?[\d\s().-]+$/

/** A phone number abroad: digits with optional +, spaces, dots, dashes, brackets; 7–15 digits. */
export const internationalPhoneSchema = z
  .string({ error: requiredOr("invalid_international_phone") })
  .trim()
  .min(1, "required")
  .refine((s) => INTERNATIONAL_PHONE.test(s) && /^\d{7,15}$/.test(s.replace(/\D/g, "")), "invalid_international_phone")

/** The buyer's contact: the email the confirmation goes to. */
export const checkoutContactSchema = z.object({ email: emailSchema })

/** A Vietnamese delivery address in today's two-level form: province or city, commune or ward, street. */
export const vietnamAddressSchema = z.object({
  full_name: requiredText(2, 100),
  phone: vietnamesePhoneSchema,
  province: z.enum(VIETNAM_PROVINCES, { error: requiredOr("invalid_province") }),
  commune: requiredText(2, 100),
  street: requiredText(3, 200),
})

/** An address abroad. */
export const internationalAddressSchema = z.object({
  full_name: requiredText(2, 100),
  phone: internationalPhoneSchema,
  country_code: z.enum(INTERNATIONAL_COUNTRY_CODES, { error: requiredOr("invalid_country") }),
  city: requiredText(1, 100),
  province: optionalText(100),
  postal_code: z
    .string({ error: requiredOr("invalid_postal_code") })
    .trim()
    .min(1, "required")
    .regex(/^[A-Za-z0-9][A-Za-z0-9 -]{1,11}$/, "invalid_postal_code"),
  street: requiredText(3, 200),
})

/** Who receives the order at the showroom when it is collected there. */
export const pickupContactSchema = z.object({
  full_name: requiredText(2, 100),
  phone: vietnamesePhoneSchema,
})

/** How a Vietnam-region order reaches the buyer: delivered to an address, or collected at a point of sale. */
export const FULFILMENTS = ["delivery", "pickup"] as const

/** A fulfilment code. */
export type Fulfilment = (typeof FULFILMENTS)[number]

/**
 * The Vietnam region's address step: home delivery needs the full two-level address; pickup at a
 * point of sale only who collects it (name and phone) — the showroom becomes the shipping address.
 * A form without `fulfilment` (an old page, a plain post) means delivery.
 */
export const vietnamCheckoutAddressSchema = z.preprocess(
  (input) =>
    input && typeof input === "object" && !(input as { fulfilment?: unknown }).fulfilment
      ? { ...input, fulfilment: "delivery" }
      : input,
  z.discriminatedUnion(
    "fulfilment",
    [
      vietnamAddressSchema.extend({ fulfilment: z.literal("delivery") }),
      pickupContactSchema.extend({ fulfilment: z.literal("pickup") }),
    ],
    { error: "invalid_value" },
  ),
)

/** How the buyer pays: cash on delivery or at pickup, or a bank transfer by VietQR. */
export const PAYMENT_METHODS = ["cod", "vietqr"] as const

/** A payment method code. */
export type PaymentMethod = (typeof PAYMENT_METHODS)[number]

/** The delivery step: a shipping option of the cart's region. */
export const deliveryChoiceSchema = z.object({
  shipping_option_id: z
    .string({ error: requiredOr("invalid_shipping_option") })
    .trim()
    .min(1, "invalid_shipping_option"),
})

/** The payment step; VietQR is for VND carts only (checked where the region is known). */
export const paymentChoiceSchema = z.object({
  payment_method: z.enum(PAYMENT_METHODS, { error: requiredOr("invalid_payment_method") }),
})

/** Validated checkout parts. */
export type CheckoutContact = z.infer<typeof checkoutContactSchema>
export type VietnamAddress = z.infer<typeof vietnamAddressSchema>
export type InternationalAddress = z.infer<typeof internationalAddressSchema>
export type PickupContact = z.infer<typeof pickupContactSchema>
export type VietnamCheckoutAddress = z.infer<typeof vietnamCheckoutAddressSchema>
