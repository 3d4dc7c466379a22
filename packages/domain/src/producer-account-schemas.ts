/**
 * Producer self-service (issue #7): what a producer's own users may send, and the shapes of the
 * producer API's answers that the console reads. Staff keep the register fields (name, kind,
 * registration number, district, status): the profile schema rejects them as unknown fields.
 */
import { z } from "zod"
import { passwordSchema } from "./account-schemas"
import { producerUpdateSchema } from "./producer-schemas"
import { emailSchema, requiredText } from "./schemas"

/** The fields of its profile a producer edits itself: story, contact and pictures. */
export const PRODUCER_SELF_FIELDS = [
  "story_vi",
  "story_en",
  "phone",
  "email",
  "address",
  "representative",
  "logo_url",
  "photos",
] as const

/** POST /producer/profile: any subset of the self-service fields, nothing else. */
export const producerProfileUpdateSchema = producerUpdateSchema.pick({
  story_vi: true,
  story_en: true,
  phone: true,
  email: true,
  address: true,
  representative: true,
  logo_url: true,
  photos: true,
})

/** POST /admin/producer-users: staff invite a person to sign in for a producer. */
export const producerUserInviteSchema = z.strictObject({
  producer_id: requiredText(1, 100),
  email: emailSchema,
  name: requiredText(1, 200),
})

/** POST /producer/invites/accept: the invite's token and the password the person chooses. */
export const producerInviteAcceptSchema = z.strictObject({
  token: requiredText(1, 200),
  password: passwordSchema,
})

export type ProducerProfileUpdate = z.infer<typeof producerProfileUpdateSchema>
export type ProducerUserInvite = z.infer<typeof producerUserInviteSchema>
export type ProducerInviteAccept = z.infer<typeof producerInviteAcceptSchema>

/** Where a producer user stands: invited (no password yet), active, or disabled by staff. */
export const PRODUCER_USER_STATUSES = ["invited", "active", "disabled"] as const
export type ProducerUserStatus = (typeof PRODUCER_USER_STATUSES)[number]

/** A producer user as staff see it (never the invite token). */
export type ProducerUser = {
  id: string
  producer_id: string
  email: string
  name: string
  status: ProducerUserStatus
  invite_expires_at: string | null
  created_at: string
  updated_at: string
}

/** One line of an order that holds the producer's product. Amounts in the order's currency. */
export type ProducerOrderItem = {
  id: string
  product_id: string | null
  title: string
  variant_title: string | null
  quantity: number
  fulfilled_quantity: number
  unit_price: number
  total: number
}

/** An order as a producer sees it: only its own lines, and where the goods go. */
export type ProducerOrder = {
  id: string
  display_id: number
  created_at: string
  status: string
  payment_status: string
  fulfillment_status: string
  customer_name: string | null
  currency_code: string
  delivery: { kind: "ship" | "pickup"; place: string | null; address: string | null }
  items: ProducerOrderItem[]
  /** The producer's lines in the order's currency. */
  total: number
  /** The producer's lines in đồng; null for an order paid in another currency. */
  total_vnd: number | null
}

/**
 * A producer's sales over a period, as every view counts them: its lines in orders placed and not
 * canceled, after discounts, VAT included. `revenue_vnd` in đồng; `revenue_usd` is orders paid in US
 * dollars, in cents (Medusa stores dollars; the API speaks cents like price_usd).
 */
export type SalesFigures = { orders: number; units: number; revenue_vnd: number; revenue_usd: number }

/** Sales figures over [from, to] (Vietnam days) for the producer's console, with each product's. */
export type ProducerSales = SalesFigures & {
  from: string
  to: string
  by_product: { product_id: string; title: string; units: number; revenue_vnd: number; revenue_usd: number }[]
}

/** `GET /admin/producers/:id/sales`: this month, this year, all time, the last twelve months oldest first. */
export type ProducerSalesSummary = {
  producer_id: string
  this_month: SalesFigures
  this_year: SalesFigures
  all_time: SalesFigures
  by_month: (SalesFigures & { month: string })[]
}
