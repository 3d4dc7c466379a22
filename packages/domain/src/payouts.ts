import { z } from "zod"
import { checkDayRange, queryDaySchema } from "./day-range"

/**
 * Direct support per certified product under provincial Resolution 26/2020/NQ-HĐND, in đồng
 * (docs/domain.md §7: 15 million per 3★ product, 30 million per 4★; our arithmetic from the plan's
 * sums). The domain gives no amount for 5★ (a national certificate, proposed by the province): it
 * gets the 4★ amount until the office says otherwise (decision 034).
 */
export const SUPPORT_PER_STAR: Readonly<Record<3 | 4 | 5, number>> = { 3: 15_000_000, 4: 30_000_000, 5: 30_000_000 }

/** The support due for a certificate of this star level; 0 below 3★ (not an OCOP product). */
export function supportDue(starLevel: number): number {
  return starLevel === 3 || starLevel === 4 || starLevel === 5 ? SUPPORT_PER_STAR[starLevel] : 0
}

/** The longest period one statement covers: three years of days. */
export const PAYOUT_MAX_DAYS = 3 * 366

/** A payout statement's period: Vietnam days `from`–`to`, both inclusive. */
export const payoutQuerySchema = z
  .object({ from: queryDaySchema, to: queryDaySchema })
  .strict()
  .superRefine(checkDayRange(PAYOUT_MAX_DAYS))

export type PayoutQuery = z.output<typeof payoutQuerySchema>

/** POST /admin/support-payments: the support of one certificate paid on a day (the amount follows its stars). */
export const supportPaymentInputSchema = z
  .object({
    certification_id: z.string({ error: "required" }).trim().min(1, "required").max(100, "too_long"),
    paid_on: queryDaySchema,
    reference: z.string({ error: "invalid_value" }).trim().max(100, "too_long").optional(),
    note: z.string({ error: "invalid_value" }).trim().max(1000, "too_long").optional(),
  })
  .strict()

export type SupportPaymentInput = z.output<typeof supportPaymentInputSchema>

/** Goods of one product sold on consignment at showrooms and booths in the period (whole đồng). */
export type ConsignmentLine = {
  product_id: string
  title: string
  units_sold: number
  sold: number
  units_returned: number
  returned: number
  /** sold − returned: what the province owes for the line (decision 034: no commission) */
  owed: number
}

/** One certificate's support: due by its stars, paid when a payment is recorded. */
export type SupportLine = {
  certification_id: string
  certificate_number: string
  product_id: string
  title: string
  star_level: number
  decision_date: string
  due: number
  paid: number
  paid_on: string | null
  reference: string | null
}

/** What the province owes one producer for a period, and what it paid. */
export type PayoutStatement = {
  producer: { id: string; name: string; registration_number: string; district: string; commune: string }
  from: string
  to: string
  consignment: {
    lines: ConsignmentLine[]
    totals: { units_sold: number; sold: number; units_returned: number; returned: number; owed: number }
  }
  support: { lines: SupportLine[]; due: number; paid: number; outstanding: number }
  /** consignment owed + support outstanding */
  total_owed: number
}
