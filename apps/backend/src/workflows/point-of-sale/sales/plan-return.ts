import { refundByMethod, type CounterPaymentMethod, type PosRefusal } from "@ocop/domain"
import type { SaleLine, SalePayment } from "./plan-sale"

export type ReturnedLine = {
  line_index: number
  variant_id: string
  inventory_item_id: string | null
  quantity: number
  refund: number
}

export type ReturnPlan = {
  lines: ReturnedLine[]
  refund_total: number
  refunds: { method: CounterPaymentMethod; amount: number; payment_id: string | null }[]
}

/**
 * What a return gives back: each line's share of what was paid for it (the last units of a line
 * take what is left of it, so repeated returns never drift by a đồng), spread over the methods the
 * sale was paid with in proportion to what each still holds. `lines` name the sale's line indexes.
 */
export function planCounterReturn(
  sale: { lines: SaleLine[]; payments: SalePayment[] },
  previous: { lines: ReturnedLine[]; refunds: { method: CounterPaymentMethod; amount: number }[] }[],
  wanted: { line_index: number; quantity: number }[] | "all",
): { plan: ReturnPlan } | { refusal: PosRefusal } {
  const returnedUnits = new Map<number, number>()
  const returnedMoney = new Map<number, number>()
  for (const r of previous)
    for (const l of r.lines) {
      returnedUnits.set(l.line_index, (returnedUnits.get(l.line_index) ?? 0) + l.quantity)
      returnedMoney.set(l.line_index, (returnedMoney.get(l.line_index) ?? 0) + l.refund)
    }
  const requests =
    wanted === "all"
      ? sale.lines
          .map((l, i) => ({ line_index: i, quantity: l.quantity - (returnedUnits.get(i) ?? 0) }))
          .filter((l) => l.quantity > 0)
      : wanted
  if (!requests.length) return { refusal: "nothing_to_return" }
  const lines: ReturnedLine[] = []
  for (const r of requests) {
    const line = sale.lines[r.line_index]
    if (!line) return { refusal: "over_return" }
    const left = line.quantity - (returnedUnits.get(r.line_index) ?? 0)
    if (r.quantity > left) return { refusal: "over_return" }
    const moneyLeft = line.total - (returnedMoney.get(r.line_index) ?? 0)
    const refund = r.quantity === left ? moneyLeft : Math.round((line.total * r.quantity) / line.quantity)
    lines.push({
      line_index: r.line_index,
      variant_id: line.variant_id,
      inventory_item_id: line.inventory_item_id,
      quantity: r.quantity,
      refund,
    })
  }
  const refundTotal = lines.reduce((a, l) => a + l.refund, 0)
  const refundedBy = new Map<string, number>()
  for (const r of previous)
    for (const x of r.refunds) refundedBy.set(x.method, (refundedBy.get(x.method) ?? 0) + x.amount)
  const holding = sale.payments.map((p) => ({ method: p.method, amount: p.amount - (refundedBy.get(p.method) ?? 0) }))
  const refunds = refundByMethod(holding, refundTotal).map((r) => ({
    ...r,
    payment_id: sale.payments.find((p) => p.method === r.method)?.payment_id ?? null,
  }))
  return { plan: { lines, refund_total: refundTotal, refunds } }
}
