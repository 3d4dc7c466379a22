import { beforeAll, describe, expect, it } from "vitest"
import { VIETNAM_UTC_OFFSET_MS, pad2, vietnamCalendarDay } from "@ocop/domain"
import { adminToken, api, createProducer } from "./helpers"
import { seededStore, sqlRows } from "./checkout-helpers"
import { placeOrder as placeCashOrder, sellableProduct } from "./producer-helpers"

let key: string
let vnRegionId: string
let token: string

beforeAll(async () => {
  ;({ key, vnRegionId } = await seededStore())
  token = await adminToken()
})

/** A certified product of the producer in the storefront's channel; returns its variant id. */
const producerProduct = async (producerId: string, price: number) =>
  (await sellableProduct(token, producerId, price)).variantId

/** Places an order for the lines (cash on delivery); returns the order id. */
const placeOrder = async (items: { variant_id: string; quantity: number }[]): Promise<string> =>
  (await placeCashOrder(key, vnRegionId, items)).id

/** The Vietnam month containing `date`, "yyyy-mm". */
function vietnamMonth(date: Date): string {
  const { year, month } = vietnamCalendarDay(date)
  return `${year}-${pad2(month)}`
}

/** 00:00 Vietnam time on the first day of the current Vietnam month, as an instant. */
function vietnamMonthStart(): Date {
  const { year, month } = vietnamCalendarDay(new Date())
  return new Date(Date.UTC(year, month - 1, 1) - VIETNAM_UTC_OFFSET_MS)
}

const moveOrder = (orderId: string, at: Date) =>
  sqlRows('UPDATE "order" SET created_at = $2 WHERE id = $1', [orderId, at])

describe("GET /admin/producers/:id/sales", () => {
  it("totals the producer's lines of placed orders, leaving out other producers and cancelled orders", async () => {
    const producer = await createProducer(token)
    const other = await createProducer(token)
    const tea = await producerProduct(producer.id, 120_000)
    const honey = await producerProduct(producer.id, 50_000)
    const elsewhere = await producerProduct(other.id, 999_000)

    await placeOrder([
      { variant_id: tea, quantity: 2 },
      { variant_id: elsewhere, quantity: 1 },
    ])
    await placeOrder([
      { variant_id: tea, quantity: 1 },
      { variant_id: honey, quantity: 3 },
    ])
    const cancelled = await placeOrder([{ variant_id: honey, quantity: 5 }])
    const cancel = await api(`/admin/orders/${cancelled}/cancel`, { token, body: {} })
    expect(cancel.status, JSON.stringify(cancel.body)).toBe(200)

    const res = await api(`/admin/producers/${producer.id}/sales`, { token })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    // 3 × 120.000 ₫ + 3 × 50.000 ₫; delivery fees and the other producer's line are not theirs.
    const expected = { orders: 2, units: 6, revenue_vnd: 510_000, revenue_usd: 0 }
    expect(res.body.sales).toMatchObject({
      producer_id: producer.id,
      this_month: expected,
      this_year: expected,
      all_time: expected,
    })
    const months = res.body.sales.by_month
    expect(months).toHaveLength(12)
    expect(months.at(-1)).toEqual({ month: vietnamMonth(new Date()), ...expected })
    expect(months.slice(0, 11).every((m: any) => m.orders === 0 && m.units === 0 && m.revenue_vnd === 0)).toBe(true)

    const theOther = await api(`/admin/producers/${other.id}/sales`, { token })
    expect(theOther.body.sales.all_time).toEqual({ orders: 1, units: 1, revenue_vnd: 999_000, revenue_usd: 0 })
  })

  it("puts an order in the Vietnam month it was placed in, not the UTC one", async () => {
    const producer = await createProducer(token)
    const tea = await producerProduct(producer.id, 80_000)
    const early = await placeOrder([{ variant_id: tea, quantity: 1 }])
    const late = await placeOrder([{ variant_id: tea, quantity: 2 }])
    const monthStart = vietnamMonthStart()
    // 00:30 on the 1st in Vietnam is still the previous month in UTC: it belongs to this month.
    await moveOrder(early, new Date(monthStart.getTime() + 30 * 60_000))
    // 23:30 on the last day of the previous month in Vietnam belongs to the previous month.
    const lastEvening = new Date(monthStart.getTime() - 30 * 60_000)
    await moveOrder(late, lastEvening)

    const { sales } = (await api(`/admin/producers/${producer.id}/sales`, { token })).body
    expect(sales.this_month).toEqual({ orders: 1, units: 1, revenue_vnd: 80_000, revenue_usd: 0 })
    expect(sales.all_time).toEqual({ orders: 2, units: 3, revenue_vnd: 240_000, revenue_usd: 0 })
    expect(sales.by_month.at(-2)).toEqual({
      month: vietnamMonth(lastEvening),
      orders: 1,
      units: 2,
      revenue_vnd: 160_000,
      revenue_usd: 0,
    })
    const sameYear = vietnamCalendarDay(lastEvening).year === vietnamCalendarDay(new Date()).year
    expect(sales.this_year.orders).toBe(sameYear ? 2 : 1)
  })

  it("answers zeros for a producer without sales, 404 for an unknown one, 401 without a token", async () => {
    const producer = await createProducer(token)
    const res = await api(`/admin/producers/${producer.id}/sales`, { token })
    expect(res.status).toBe(200)
    expect(res.body.sales.all_time).toEqual({ orders: 0, units: 0, revenue_vnd: 0, revenue_usd: 0 })
    expect(res.body.sales.by_month).toHaveLength(12)
    expect((await api("/admin/producers/pdcr_missing/sales", { token })).status).toBe(404)
    expect((await api(`/admin/producers/${producer.id}/sales`)).status).toBe(401)
  })
})
