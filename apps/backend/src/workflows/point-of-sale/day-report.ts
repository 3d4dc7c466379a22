import { COUNTER_PAYMENT_METHODS, vietnamDayRange, type CounterPaymentMethod } from "@ocop/domain"
import { POINT_OF_SALE_MODULE } from "../../modules/point-of-sale"
import type PointOfSaleModuleService from "../../modules/point-of-sale/service"
import type { PlaceRow } from "./pickup-options"
import type { SalePayment } from "./sales/plan-sale"

type ByMethod = Record<CounterPaymentMethod, number>

const zero = (): ByMethod => ({ cash: 0, vietqr: 0, card: 0 })

export type DayReport = Awaited<ReturnType<typeof dayReport>>

/**
 * The end-of-day report of a place for a Vietnam calendar day: sales by payment method, discounts,
 * VAT, returns and voids with their refunds by method, each register session closed that day with
 * its float, expected and counted cash and difference, and the sales waiting for a manager.
 */
export async function dayReport(container: { resolve: <T>(key: string) => T }, place: PlaceRow, day: string) {
  const service = container.resolve<PointOfSaleModuleService>(POINT_OF_SALE_MODULE)
  const { start: from, end: to } = vietnamDayRange(day)
  const range = { $gte: from, $lt: to }
  const [sales, returns, sessions] = await Promise.all([
    service.listCounterSales({ point_of_sale_id: place.id, created_at: range }, { order: { created_at: "ASC" } }),
    service.listCounterReturns({ point_of_sale_id: place.id, created_at: range }, { order: { created_at: "ASC" } }),
    service.listRegisterSessions(
      { point_of_sale_id: place.id, $or: [{ opened_at: range }, { closed_at: range }] },
      { order: { opened_at: "ASC" } },
    ),
  ])
  const paid = zero()
  for (const sale of sales) for (const p of sale.payments as unknown as SalePayment[]) paid[p.method] += p.amount
  const refunded = zero()
  for (const r of returns)
    for (const x of r.refunds as unknown as { method: CounterPaymentMethod; amount: number }[])
      refunded[x.method] += x.amount
  const voids = returns.filter((r) => r.kind === "void")
  const registers = await service.listCashRegisters({ point_of_sale_id: place.id })
  return {
    point_of_sale: {
      id: place.id,
      code: place.code,
      name: place.name,
      address: [place.address_1, place.ward, place.province].join(", "),
    },
    day,
    generated_at: new Date().toISOString(),
    sales: {
      count: sales.length,
      subtotal: sales.reduce((a, s) => a + s.subtotal, 0),
      discounts: sales.reduce((a, s) => a + s.discount_total, 0),
      total: sales.reduce((a, s) => a + s.total, 0),
      vat: sales.reduce((a, s) => a + s.vat_total, 0),
      offline: sales.filter((s) => s.offline_at).length,
    },
    by_method: COUNTER_PAYMENT_METHODS.map((method) => ({
      method,
      paid: paid[method],
      refunded: refunded[method],
      net: paid[method] - refunded[method],
    })),
    returns: {
      count: returns.length - voids.length,
      amount: returns.filter((r) => r.kind === "return").reduce((a, r) => a + r.refund_total, 0),
    },
    voids: { count: voids.length, amount: voids.reduce((a, r) => a + r.refund_total, 0) },
    refunds_total: returns.reduce((a, r) => a + r.refund_total, 0),
    net_revenue: sales.reduce((a, s) => a + s.total, 0) - returns.reduce((a, r) => a + r.refund_total, 0),
    sessions: sessions.map((s) => ({
      id: s.id,
      register: registers.find((r) => r.id === s.register_id)?.name ?? null,
      status: s.status,
      opened_at: s.opened_at,
      closed_at: s.closed_at,
      opening_float: s.opening_float,
      expected_cash: s.expected_cash,
      counted_cash: s.counted_cash,
      difference: s.difference,
      close_note: s.close_note,
    })),
    cash_difference: sessions.reduce((a, s) => a + (s.difference ?? 0), 0),
    flagged: sales
      .filter((s) => s.flag && !s.flag_resolved_at)
      .map((s) => ({ id: s.id, display_id: s.display_id, flag: s.flag, total: s.total })),
  }
}
