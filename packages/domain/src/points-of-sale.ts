/**
 * Places of sale (docs/domain.md §5): the province's showrooms, and later the temporary booths of
 * trade-promotion events. Each is a Medusa stock location (its own stock) and a sales channel (its
 * counter sales), so sales reports can tell every place apart.
 */
import { z } from "zod"
import { VIETNAM_PROVINCES } from "./address-schemas"
import { VIETNAM_UTC_OFFSET_MS } from "./vn-time"
import {
  emailSchema,
  handleSchema,
  integerText,
  nullable,
  numericText,
  optionalText,
  requiredOr,
  requiredText,
  urlSchema,
  vietnamesePhoneSchema,
} from "./schemas"

/** A showroom is permanent; a booth stands for the days of an event. */
export const PLACE_KINDS = ["showroom", "booth"] as const
export type PlaceKind = (typeof PLACE_KINDS)[number]

/** `active` sells; `paused` is closed for a while (shown, not selling); `closed` for good (hidden). */
export const PLACE_STATUSES = ["active", "paused", "closed"] as const
export type PlaceStatus = (typeof PLACE_STATUSES)[number]

/**
 * Whether the shop lists a place among its points of sale. A showroom shows while paused too (its
 * doors are only shut for a while); a booth only while its event is open, since before and after the
 * event there is nothing a buyer could find there (the event pages tell what is coming).
 */
export function listedToBuyers(place: { kind: PlaceKind | string; status: PlaceStatus | string }): boolean {
  if (place.kind === "booth") return place.status === "active"
  return place.status === "active" || place.status === "paused"
}

/** Days are ISO weekdays: 1 Monday … 7 Sunday. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/

/** One opening period: the days it applies to and its hours ("07:30"–"21:30", Vietnam time). */
export const openingPeriodSchema = z
  .object({
    days: z
      .array(z.preprocess(integerText, z.number().int().min(1, "invalid_value").max(7, "invalid_value")))
      .min(1, "required"),
    opens: z.string({ error: requiredOr("invalid_value") }).regex(TIME, "invalid_value"),
    closes: z.string({ error: requiredOr("invalid_value") }).regex(TIME, "invalid_value"),
  })
  .strict()
  .refine((p) => p.opens < p.closes, { message: "invalid_value", path: ["closes"] })

/** A place's week: the periods in which it is open. */
export const openingHoursSchema = z.array(openingPeriodSchema).max(14, "too_long")
export type OpeningPeriod = z.output<typeof openingPeriodSchema>
export type OpeningHours = OpeningPeriod[]

/** Whether a place with these hours is open at `at` (Vietnam time, no daylight saving). */
export function isOpenAt(hours: readonly OpeningPeriod[], at: Date): boolean {
  const local = new Date(at.getTime() + VIETNAM_UTC_OFFSET_MS)
  const weekday = local.getUTCDay() === 0 ? 7 : local.getUTCDay()
  const minutes = `${String(local.getUTCHours()).padStart(2, "0")}:${String(local.getUTCMinutes()).padStart(2, "0")}`
  return hours.some((p) => p.days.includes(weekday) && p.opens <= minutes && minutes < p.closes)
}

const DAY_NAMES = {
  vi: ["", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"],
  en: ["", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
} as const

/** "Thứ Hai – Chủ Nhật: 07:30–21:30" — one line per period, days as a range when consecutive. */
export function describeOpeningHours(hours: readonly OpeningPeriod[], locale: "vi" | "en" = "vi"): string[] {
  return hours.map((p) => {
    const days = [...p.days].sort((a, b) => a - b)
    const consecutive = days.every((d, i) => i === 0 || d === days[i - 1]! + 1)
    const names = DAY_NAMES[locale]
    const dayText =
      days.length === 7
        ? locale === "vi"
          ? "Hằng ngày"
          : "Every day"
        : consecutive && days.length > 2
          ? `${names[days[0]!]} – ${names[days.at(-1)!]}`
          : days.map((d) => names[d]).join(", ")
    return `${dayText}: ${p.opens}–${p.closes}`
  })
}

const TAX_CODE = /^\d{10}(-\d{3})?$/

/** A Vietnamese tax code (mã số thuế): 10 digits, or 13 with a branch suffix "-001". */
export const taxCodeSchema = z
  .string({ error: requiredOr("invalid_value") })
  .trim()
  .regex(TAX_CODE, "invalid_value")

/** Everything staff enter about a place of sale. The address has two levels: ward/commune, then province. */
const placeFields = {
  code: handleSchema,
  handle: handleSchema,
  name: requiredText(2, 200),
  kind: z.enum(PLACE_KINDS, { error: requiredOr("invalid_value") }),
  status: z.enum(PLACE_STATUSES, { error: requiredOr("invalid_value") }),
  address_1: requiredText(2, 300),
  ward: requiredText(2, 120),
  province: z.enum(VIETNAM_PROVINCES, { error: requiredOr("invalid_province") }),
  phone: nullable(vietnamesePhoneSchema),
  email: nullable(emailSchema),
  opening_hours: openingHoursSchema,
  latitude: nullable(z.preprocess(numericText, z.number().min(-90, "invalid_value").max(90, "invalid_value"))),
  longitude: nullable(z.preprocess(numericText, z.number().min(-180, "invalid_value").max(180, "invalid_value"))),
  photo_url: nullable(urlSchema),
  description: optionalText(2000),
  manager_user_id: optionalText(100),
  seller_name: optionalText(300),
  seller_tax_code: nullable(taxCodeSchema),
  low_stock_threshold: z.preprocess(integerText, z.number().int().min(0).max(100000)),
  discount_limit_percent: z.preprocess(integerText, z.number().int().min(0).max(100)),
  pickup_hold_days: z.preprocess(integerText, z.number().int().min(1).max(60)),
  cash_difference_threshold: z.preprocess(integerText, z.number().int().min(0).max(10_000_000)),
}

/** A new place: what is left out takes the defaults. */
export const pointOfSaleInputSchema = z
  .object({
    ...placeFields,
    kind: placeFields.kind.default("showroom"),
    status: placeFields.status.default("active"),
    province: placeFields.province.default("Lào Cai"),
    opening_hours: placeFields.opening_hours.default([]),
    low_stock_threshold: placeFields.low_stock_threshold.default(5),
    discount_limit_percent: placeFields.discount_limit_percent.default(10),
    pickup_hold_days: placeFields.pickup_hold_days.default(7),
    cash_difference_threshold: placeFields.cash_difference_threshold.default(20_000),
  })
  .strict()

export type PointOfSaleInput = z.input<typeof pointOfSaleInputSchema>
export type PointOfSaleValues = z.output<typeof pointOfSaleInputSchema>

/**
 * An update: any field but the code, which names the place in stock locations and shipping options.
 * Built from the fields without their defaults, so a field left out keeps its value instead of
 * going back to the default.
 */
export const pointOfSaleUpdateSchema = z.object(placeFields).omit({ code: true }).partial().strict()

/** "https://www.google.com/maps/search/?api=1&query=lat,lng" — a map link that opens every phone's map app. */
export function mapLinkOf(place: {
  latitude: number | null
  longitude: number | null
  name: string
  address?: string
}) {
  const query =
    place.latitude != null && place.longitude != null
      ? `${place.latitude},${place.longitude}`
      : [place.name, place.address].filter(Boolean).join(", ")
  return `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(query)}`
}

/** A place as `GET /store/points-of-sale` answers it. */
export type StorePointOfSale = {
  handle: string
  code: string
  name: string
  kind: PlaceKind
  address: string
  address_parts: { address_1: string; ward: string; province: string }
  opening_hours: OpeningHours
  opening_hours_text: { vi: string[]; en: string[] }
  open_now: boolean
  status: PlaceStatus
  phone: string | null
  email: string | null
  description: string | null
  photo_url: string | null
  latitude: number | null
  longitude: number | null
  map_url: string
  /** With `?product=`: units of that product there. */
  units?: number
}

/** A listed product on a place's shelf (`GET /store/points-of-sale/:handle`). */
export type StorePlaceProduct = {
  handle: string
  title: string
  title_en: string | null
  thumbnail: string | null
  star_level: number | null
  product_group: string
  min_price: number | null
  units: number
  variants: { title: string | null; available: number }[]
}

/** `GET /store/points-of-sale/:handle`. */
export type StorePointOfSaleDetail = StorePointOfSale & { products: StorePlaceProduct[] }
