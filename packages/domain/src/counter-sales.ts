/**
 * Counter sales: what the counter screen sends, and the arithmetic both the screen and the server
 * do with it (discounts, VAT inside consumer prices, change, refunds by the original methods).
 * Prices include VAT (docs/domain.md §9); amounts are whole đồng.
 */
import { z } from "zod"
import {
  emailSchema,
  integerText,
  nullable,
  optionalText,
  requiredOr,
  requiredText,
  vietnamesePhoneSchema,
} from "./schemas"

export const COUNTER_PAYMENT_METHODS = ["cash", "vietqr", "card"] as const
export type CounterPaymentMethod = (typeof COUNTER_PAYMENT_METHODS)[number]

const dong = (max = 10_000_000_000) =>
  z.preprocess(
    integerText,
    z
      .number({ error: requiredOr("not_whole_dong") })
      .int("not_whole_dong")
      .min(0, "not_whole_dong")
      .max(max, "too_long"),
  )

/** A manager's sign-off on the counter screen: their own login, checked by the server. */
export const managerApprovalSchema = z.object({ email: emailSchema, password: requiredText(1, 200) }).strict()

export const counterSaleLineSchema = z
  .object({
    variant_id: requiredText(1, 100),
    quantity: z.preprocess(
      integerText,
      z
        .number({ error: requiredOr("invalid_value") })
        .int("invalid_value")
        .min(1, "invalid_value")
        .max(10_000, "invalid_value"),
    ),
    /** Discount on the whole line, whole đồng. */
    discount: dong().default(0),
  })
  .strict()

export const counterPaymentSchema = z
  .object({
    method: z.enum(COUNTER_PAYMENT_METHODS, { error: requiredOr("invalid_payment_method") }),
    amount: dong(),
    /** Cash handed over by the buyer; the change is tendered − amount. */
    tendered: dong().nullish(),
    /** The external card terminal's transaction reference. */
    reference: optionalText(100),
  })
  .strict()

export const counterBuyerSchema = z
  .object({ name: optionalText(200), email: nullable(emailSchema), phone: nullable(vietnamesePhoneSchema) })
  .strict()

/**
 * A sale from the counter screen. `idempotency_key` is made on the device before the first attempt,
 * so a sale sent again (retry, or an offline sale replayed) is recorded once.
 */
export const counterSaleInputSchema = z
  .object({
    idempotency_key: z.string({ error: requiredOr("invalid_value") }).regex(/^[A-Za-z0-9_-]{8,100}$/, "invalid_value"),
    register_session_id: requiredText(1, 100),
    lines: z.array(counterSaleLineSchema).min(1, "required").max(200, "too_long"),
    sale_discount: dong().default(0),
    payments: z.array(counterPaymentSchema).min(1, "required").max(4, "too_long"),
    buyer: counterBuyerSchema.nullish(),
    approval: managerApprovalSchema.nullish(),
    /** Set by the device when the sale was made while the backend could not be reached. */
    offline_at: z.iso.datetime({ offset: true, error: "invalid_date" }).nullish(),
  })
  .strict()

/** What the counter screen sends (the schema's input, spelled out: its preprocessors widen the inferred type). */
export interface CounterSaleInput {
  idempotency_key: string
  register_session_id: string
  lines: { variant_id: string; quantity: number; discount?: number }[]
  sale_discount?: number
  payments: { method: CounterPaymentMethod; amount: number; tendered?: number | null; reference?: string | null }[]
  buyer?: { name?: string | null; email?: string | null; phone?: string | null } | null
  approval?: { email: string; password: string } | null
  offline_at?: string | null
}
export type CounterSaleValues = z.output<typeof counterSaleInputSchema>

/** A priced line as the server (or the screen) knows it. */
export type PricedLine = { unit_price: number; quantity: number; discount: number; vat_rate: number }

/** A line's figures after discounts: `total` is what the buyer pays for it, VAT included. */
export type LineTotals = { gross: number; line_discount: number; sale_discount: number; total: number; vat: number }

export type SaleTotals = {
  lines: LineTotals[]
  subtotal: number
  discount_total: number
  total: number
  vat_total: number
  /** Discounts as a share of the undiscounted amount, in percent (for the approval rule). */
  discount_percent: number
}

/** VAT contained in a VAT-inclusive amount: amount × rate / (100 + rate), rounded to the đồng. */
export function vatInside(amount: number, ratePercent: number): number {
  return ratePercent > 0 ? Math.round((amount * ratePercent) / (100 + ratePercent)) : 0
}

/**
 * Shares `amount` over `weights` in whole đồng, proportionally, the remainder going to the largest
 * fractional parts (largest-remainder method), so the shares always add up to `amount` exactly.
 */
export function shareOut(amount: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0)
  if (sum <= 0 || amount === 0) return weights.map(() => 0)
  const raw = weights.map((w) => (amount * w) / sum)
  const shares = raw.map(Math.floor)
  let left = amount - shares.reduce((a, b) => a + b, 0)
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1])
  for (const [, i] of order) {
    if (left <= 0) break
    shares[i]! += 1
    left--
  }
  return shares
}

/**
 * The figures of a sale: line discounts first, then the sale discount shared over the lines in
 * proportion to what is left of each, then the VAT inside each line. Throws RangeError when a
 * discount exceeds what it discounts (the schema cannot know prices).
 */
export function saleTotals(lines: readonly PricedLine[], saleDiscount: number): SaleTotals {
  const afterLine = lines.map((l) => {
    const gross = l.unit_price * l.quantity
    if (l.discount > gross) throw new RangeError("line discount exceeds the line")
    return gross - l.discount
  })
  const subtotalAfterLines = afterLine.reduce((a, b) => a + b, 0)
  if (saleDiscount > subtotalAfterLines) throw new RangeError("sale discount exceeds the sale")
  const saleShares = shareOut(saleDiscount, afterLine)
  const totals = lines.map((l, i) => {
    const total = afterLine[i]! - saleShares[i]!
    return {
      gross: l.unit_price * l.quantity,
      line_discount: l.discount,
      sale_discount: saleShares[i]!,
      total,
      vat: vatInside(total, l.vat_rate),
    }
  })
  const subtotal = totals.reduce((a, t) => a + t.gross, 0)
  const total = totals.reduce((a, t) => a + t.total, 0)
  return {
    lines: totals,
    subtotal,
    discount_total: subtotal - total,
    total,
    vat_total: totals.reduce((a, t) => a + t.vat, 0),
    discount_percent: subtotal > 0 ? ((subtotal - total) * 100) / subtotal : 0,
  }
}

/** Whether discounts of `percent` need a manager at a place whose clerks may give up to `limit` percent. */
export function discountNeedsApproval(percent: number, limitPercent: number): boolean {
  return percent > limitPercent + 1e-9
}

export type PaymentProblem =
  | "payments_do_not_match_total"
  | "cash_tendered_too_low"
  | "card_reference_required"
  | "one_payment_per_method"
  | "offline_cash_only"

/** Checks the payments against the total; returns the first problem, or null. */
export function paymentProblem(
  payments: readonly {
    method: CounterPaymentMethod
    amount: number
    tendered?: number | null
    reference?: string | null
  }[],
  total: number,
  offline: boolean,
): PaymentProblem | null {
  if (offline && payments.some((p) => p.method !== "cash")) return "offline_cash_only"
  if (new Set(payments.map((p) => p.method)).size !== payments.length) return "one_payment_per_method"
  if (payments.reduce((a, p) => a + p.amount, 0) !== total) return "payments_do_not_match_total"
  for (const p of payments) {
    if (p.method === "cash" && p.tendered != null && p.tendered < p.amount) return "cash_tendered_too_low"
    if (p.method === "card" && !p.reference) return "card_reference_required"
  }
  return null
}

/** Change to give back for a cash payment. */
export function changeDue(payment: { amount: number; tendered?: number | null }): number {
  return payment.tendered != null ? Math.max(0, payment.tendered - payment.amount) : 0
}

/**
 * A refund spread over the methods the sale was paid with, in proportion to what each paid, so the
 * money goes back the way it came (cash to the drawer, a card or a transfer back to the buyer).
 */
export function refundByMethod<M extends string>(
  paid: readonly { method: M; amount: number }[],
  refund: number,
): { method: M; amount: number }[] {
  const shares = shareOut(
    refund,
    paid.map((p) => p.amount),
  )
  return paid.map((p, i) => ({ method: p.method, amount: shares[i]! })).filter((r) => r.amount > 0)
}

/** A return or void at the counter: the order lines and how many of each come back. */
export const counterReturnInputSchema = z
  .object({
    register_session_id: requiredText(1, 100),
    kind: z.enum(["return", "void"], { error: requiredOr("invalid_value") }).default("return"),
    lines: z
      .array(
        z
          .object({
            line_id: requiredText(1, 100),
            quantity: z.preprocess(integerText, z.number().int("invalid_value").min(1, "invalid_value")),
          })
          .strict(),
      )
      .max(200, "too_long")
      .default([]),
    reason: requiredText(2, 500),
    approval: managerApprovalSchema.nullish(),
  })
  .strict()
  .refine((r) => r.kind === "void" || r.lines.length > 0, { message: "required", path: ["lines"] })

export type CounterReturnValues = z.output<typeof counterReturnInputSchema>
