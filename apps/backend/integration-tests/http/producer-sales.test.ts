import { beforeAll, describe, expect, it } from "vitest"
import { VIETNAM_UTC_OFFSET_MS, pad2, vietnamCalendarDay } from "@ocop/domain"
import { adminToken, api, createProducer, unique } from "./helpers"
import { readyCart, seededStore, shopProduct, sqlRows } from "./checkout-helpers"
import { producerAccount } from "./producer-helpers"

let key: string
let vnRegionId: string
let intlRegionId: string
let token: string

beforeAll(async () => {
  ;({ key, vnRegionId, intlRegionId } = await seededStore())
  token = await adminToken()
})

const ABROAD = {
  first_name: "Jane",
  last_name: "Doe",
  phone: "+1 415 555 0100",
  address_1: "1 Market St",
  city: "San Francisco",
  postal_code: "94110",
  country_code: "us",
}

/** Places an order (cash) in the region; returns its id. */
async function placeOrder(regionId: string, items: { variant_id: string; quantity: number }[]): Promise<string> {
  const cartId = await readyCart(key, {
    regionId,
    items,
    provider: "pp_system_default",
    ...(regionId === intlRegionId ? { address: ABROAD } : {}),
  })
  const done = await api(`/store/carts/${cartId}/complete`, { key, method: "POST" })
  expect(done.body.type, JSON.stringify(done.body)).toBe("order")
  return done.body.order.id as string
}

/**
 * An automatic promotion taking `percent` % off one product in every cart, as the office would run
 * one (the storefront takes no codes). Limited to that product, so other tests' carts keep their prices.
 */
async function percentOff(productId: string, percent: number): Promise<void> {
  const res = await api("/admin/promotions", {
    token,
    body: {
      code: `GIAM${percent}-${unique()}`.toUpperCase(),
      type: "standard",
      status: "active",
      is_automatic: true,
      application_method: {
        type: "percentage",
        target_type: "items",
        allocation: "across",
        value: percent,
        target_rules: [{ attribute: "items.product.id", operator: "in", values: [productId] }],
      },
    },
  })
  expect(res.status, JSON.stringify(res.body)).toBe(200)
}

/** 00:00 on the first day of the current Vietnam month, as an instant. */
function vietnamMonthStart(): Date {
  const { year, month } = vietnamCalendarDay(new Date())
  return new Date(Date.UTC(year, month - 1, 1) - VIETNAM_UTC_OFFSET_MS)
}

const monthKey = (at: Date) => {
  const { year, month } = vietnamCalendarDay(at)
  return `${year}-${pad2(month)}`
}

describe("a producer's sales: one definition for the office and the producer", () => {
  it("counts a month with discounts, a cancellation and a US-dollar order the same in both views", async () => {
    const { producer, token: producerToken } = await producerAccount(token)
    const other = await createProducer(token)
    const tea = await shopProduct(token, { price: 120_000, usdPrice: 5.2, producerId: producer.id })
    // The honey's stock is tracked: 8 at the warehouse, 3 of them reserved by order 2 below.
    const honey = (await shopProduct(token, { price: 50_000, stock: 8, producerId: producer.id })).variantId
    const jam = (await shopProduct(token, { price: 999_000, producerId: other.id })).variantId
    // The tea is 10 % off in every cart, at home and abroad.
    await percentOff(tea.productId, 10)

    // 1. Vietnam: tea 2 × 120.000 = 240.000 less 24.000 → 216.000 ₫, 2 units (the jam is not theirs).
    await placeOrder(vnRegionId, [
      { variant_id: tea.variantId, quantity: 2 },
      { variant_id: jam, quantity: 1 },
    ])
    // 2. Vietnam: tea 120.000 less 12.000, and 3 × 50.000 honey → 108.000 + 150.000 = 258.000 ₫, 4 units.
    await placeOrder(vnRegionId, [
      { variant_id: tea.variantId, quantity: 1 },
      { variant_id: honey, quantity: 3 },
    ])
    // 3. Cancelled: 5 honey count nowhere.
    const cancelled = await placeOrder(vnRegionId, [{ variant_id: honey, quantity: 5 }])
    const cancel = await api(`/admin/orders/${cancelled}/cancel`, { token, body: {} })
    expect(cancel.status, JSON.stringify(cancel.body)).toBe(200)
    // 4. Abroad in dollars: 3 × $5.20 = $15.60 less $1.56 → $14.04 = 1404 cents, 3 units.
    await placeOrder(intlRegionId, [{ variant_id: tea.variantId, quantity: 3 }])
    // 5. Last month (23:30 on its last evening in Vietnam): 1 tea, 108.000 ₫, in no figure of this month.
    const lastMonth = await placeOrder(vnRegionId, [{ variant_id: tea.variantId, quantity: 1 }])
    const lastEvening = new Date(vietnamMonthStart().getTime() - 30 * 60_000)
    await sqlRows('UPDATE "order" SET created_at = $2 WHERE id = $1', [lastMonth, lastEvening])

    const thisMonth = { orders: 3, units: 9, revenue_vnd: 216_000 + 258_000, revenue_usd: 1404 }
    const allTime = { orders: 4, units: 10, revenue_vnd: 216_000 + 258_000 + 108_000, revenue_usd: 1404 }

    const office = await api(`/admin/producers/${producer.id}/sales`, { token })
    expect(office.status, JSON.stringify(office.body)).toBe(200)
    expect(office.body.sales.this_month).toEqual(thisMonth)
    expect(office.body.sales.all_time).toEqual(allTime)
    expect(office.body.sales.by_month.at(-1)).toEqual({ month: monthKey(new Date()), ...thisMonth })
    expect(office.body.sales.by_month.at(-2)).toEqual({
      month: monthKey(lastEvening),
      orders: 1,
      units: 1,
      revenue_vnd: 108_000,
      revenue_usd: 0,
    })

    const own = await api("/producer/sales", { token: producerToken })
    expect(own.status, JSON.stringify(own.body)).toBe(200)
    expect(own.body).toMatchObject(thisMonth)
    expect(own.body.by_product).toEqual([
      expect.objectContaining({
        product_id: tea.productId,
        units: 6,
        revenue_vnd: 216_000 + 108_000,
        revenue_usd: 1404,
      }),
      expect.objectContaining({ units: 3, revenue_vnd: 3 * 50_000, revenue_usd: 0 }),
    ])
    // The producer's order list shows the same amount for the discounted order.
    const orders = await api("/producer/orders", { token: producerToken })
    expect(orders.body.orders.map((o: { total_vnd: number | null }) => o.total_vnd)).toContain(216_000)
    const dashboard = await api("/producer/dashboard", { token: producerToken })
    // Its home page: the same figures, its own products only (not the other producer's jam).
    expect(dashboard.body.sales_this_month).toEqual(thisMonth)
    expect(dashboard.body.top_products).toEqual(own.body.by_product)
    expect(dashboard.body.sales_by_month).toHaveLength(12)
    expect(dashboard.body.sales_by_month.at(-1)).toEqual({
      month: monthKey(new Date()),
      orders: thisMonth.orders,
      revenue_vnd: thisMonth.revenue_vnd,
    })
    expect(dashboard.body.sales_by_month.at(-2)).toEqual({
      month: monthKey(lastEvening),
      orders: 1,
      revenue_vnd: 108_000,
    })
    // Stock: only the honey is tracked; 8 less the 3 reserved (the cancelled order gave its 5 back) is
    // 5, no more than PRODUCER_LOW_STOCK_UNITS, so it is running out.
    expect(dashboard.body.stock).toEqual({
      variants: 1,
      units: 5,
      low_count: 1,
      low: [expect.objectContaining({ variant_id: honey, available: 5 })],
    })

    // The other producer's jam, at full price.
    const theirs = await api(`/admin/producers/${other.id}/sales`, { token })
    expect(theirs.body.sales.all_time).toEqual({ orders: 1, units: 1, revenue_vnd: 999_000, revenue_usd: 0 })
  })
})
