import {
  changeDue,
  discountNeedsApproval,
  paymentProblem,
  saleTotals,
  type CounterPaymentMethod,
  type CounterSaleValues,
  type PosRefusal,
} from "@ocop/domain"
import type { SellableRow } from "../sellable"

/** VAT rate when a product names none: the rate of the Vietnam tax region (the seed's VAT 10 %). */
export const DEFAULT_VAT_RATE = 10

/** A sale line as the receipt and the e-invoice show it (Vietnamese names, VAT inside the price). */
export type SaleLine = {
  variant_id: string
  product_id: string
  inventory_item_id: string | null
  required_quantity: number
  manage_inventory: boolean
  title: string
  variant_title: string | null
  sku: string | null
  certificate_number: string | null
  quantity: number
  unit_price: number
  line_discount: number
  sale_discount: number
  total: number
  vat_rate: number
  vat: number
}

export type SalePayment = {
  method: CounterPaymentMethod
  amount: number
  tendered: number | null
  change: number
  reference: string | null
  /** The Medusa payment that recorded it (set once taken). */
  payment_id?: string | null
}

export type SalePlan = {
  lines: SaleLine[]
  payments: SalePayment[]
  subtotal: number
  discount_total: number
  total: number
  vat_total: number
  needs_approval: boolean
  /** Units that will take a level below zero (offline sales only; a live sale is refused instead). */
  short: { variant_id: string; title: string; available: number; quantity: number }[]
}

/**
 * Prices a sale from the place's own rows, checks it and splits it the way receipts and the order
 * need. Returns a refusal code instead of a plan when the sale cannot be made. Pure: no I/O.
 */
export function planCounterSale(
  input: CounterSaleValues,
  rows: readonly SellableRow[],
  rules: { discount_limit_percent: number },
): { plan: SalePlan } | { refusal: PosRefusal } {
  const byVariant = new Map(rows.map((r) => [r.variant_id, r]))
  const offline = Boolean(input.offline_at)
  const priced = []
  for (const line of input.lines) {
    const row = byVariant.get(line.variant_id)
    if (!row || row.price == null || (row.manage_inventory && !row.stocked_here))
      return { refusal: "variant_not_sold_here" }
    priced.push({ row, line })
  }
  let totals
  try {
    totals = saleTotals(
      priced.map(({ row, line }) => ({
        unit_price: row.price!,
        quantity: line.quantity,
        discount: line.discount,
        vat_rate: row.vat_rate ?? DEFAULT_VAT_RATE,
      })),
      input.sale_discount,
    )
  } catch {
    return { refusal: "discount_too_large" }
  }
  const problem = paymentProblem(input.payments, totals.total, offline)
  if (problem) return { refusal: problem }
  // The same variant on two lines draws on one shelf: count the units per variant.
  const wanted = new Map<string, number>()
  for (const { line } of priced) wanted.set(line.variant_id, (wanted.get(line.variant_id) ?? 0) + line.quantity)
  const short = [...wanted]
    .map(([variantId, quantity]) => ({ row: byVariant.get(variantId)!, quantity }))
    .filter(({ row, quantity }) => row.manage_inventory && row.available < quantity * row.required_quantity)
    .map(({ row, quantity }) => ({
      variant_id: row.variant_id,
      title: row.product_title,
      available: row.available,
      quantity,
    }))
  if (short.length && !offline) return { refusal: "out_of_stock" }
  const lines = priced.map(({ row, line }, i) => ({
    variant_id: row.variant_id,
    product_id: row.product_id,
    inventory_item_id: row.inventory_item_id,
    required_quantity: row.required_quantity,
    manage_inventory: row.manage_inventory,
    title: row.product_title,
    variant_title: row.variant_title,
    sku: row.sku,
    certificate_number: row.certificate_number,
    quantity: line.quantity,
    unit_price: row.price!,
    line_discount: totals.lines[i]!.line_discount,
    sale_discount: totals.lines[i]!.sale_discount,
    total: totals.lines[i]!.total,
    vat_rate: row.vat_rate ?? DEFAULT_VAT_RATE,
    vat: totals.lines[i]!.vat,
  }))
  return {
    plan: {
      lines,
      payments: input.payments.map((p) => ({
        method: p.method,
        amount: p.amount,
        tendered: p.method === "cash" ? (p.tendered ?? null) : null,
        change: p.method === "cash" ? changeDue(p) : 0,
        reference: p.reference ?? null,
      })),
      subtotal: totals.subtotal,
      discount_total: totals.discount_total,
      total: totals.total,
      vat_total: totals.vat_total,
      needs_approval: discountNeedsApproval(totals.discount_percent, rules.discount_limit_percent),
      short,
    },
  }
}
