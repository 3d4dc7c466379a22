import { beforeAll, describe, expect, it } from "vitest"
import { SALES_REPORT_GROUPS, addDays, formatCalendarDay, vietnamCalendarDay, vietnamDayRange } from "@ocop/domain"
import { readyCart, seededStore, shopProduct, sqlRows } from "./checkout-helpers"
import { counterWorld, openSession, productAt, sell } from "./counter-helpers"
import { api, createProducer, staffMember, unique } from "./helpers"
import { producerAccount } from "./producer-helpers"

type Figures = { revenue: number; revenue_usd: number; orders: number; units: number }
type Report = { rows: (Figures & { key: string; label: string })[]; totals: Figures }

let key: string
let vnRegionId: string
let intlRegionId: string
let world: Awaited<ReturnType<typeof counterWorld>>

beforeAll(async () => {
  ;({ key, vnRegionId, intlRegionId } = await seededStore())
  world = await counterWorld()
})

/** A Vietnam day `days` from today, far enough back that no other test's orders fall on it. */
const dayAgo = (days: number) => formatCalendarDay(vietnamCalendarDay(addDays(new Date(), -days)))
/** Noon of that Vietnam day, as an instant. */
const noonOf = (day: string) => new Date(vietnamDayRange(day).start.getTime() + 12 * 3_600_000)

async function placeOrder(regionId: string, items: { variant_id: string; quantity: number }[], day: string) {
  const cartId = await readyCart(key, {
    regionId,
    items,
    provider: "pp_system_default",
    ...(regionId === intlRegionId
      ? {
          address: {
            first_name: "Jane",
            last_name: "Doe",
            phone: "+1 415 555 0100",
            address_1: "1 Market St",
            city: "San Francisco",
            postal_code: "94110",
            country_code: "us",
          },
        }
      : {}),
  })
  const done = await api(`/store/carts/${cartId}/complete`, { key, method: "POST" })
  expect(done.body.type, JSON.stringify(done.body)).toBe("order")
  await sqlRows('UPDATE "order" SET created_at = $2 WHERE id = $1', [done.body.order.id, noonOf(day)])
  return done.body.order.id as string
}

const report = async (token: string, query: string) => api(`/admin/reports/sales?${query}`, { token })

describe("the sales report", () => {
  it("counts sales on the day placed, a counter return negative on its own day, no cancelled order, the same totals in every grouping", async () => {
    const { admin, place, clerk } = world
    const [d1, d2, d3] = [dayAgo(700), dayAgo(699), dayAgo(698)]
    const first = await createProducer(admin)
    const other = await createProducer(admin)
    const tea = await shopProduct(admin, { price: 120_000, usdPrice: 5.2, producerId: first.id })
    const honey = (await shopProduct(admin, { price: 50_000, producerId: first.id })).variantId
    const jam = (await shopProduct(admin, { price: 999_000, producerId: other.id })).variantId
    // The tea 10 % off, automatically, in every cart (limited to it, so other tests keep their prices).
    const promotion = await api("/admin/promotions", {
      token: admin,
      body: {
        code: `BAOCAO10-${unique()}`.toUpperCase(),
        type: "standard",
        status: "active",
        is_automatic: true,
        application_method: {
          type: "percentage",
          target_type: "items",
          allocation: "across",
          value: 10,
          target_rules: [{ attribute: "items.product.id", operator: "in", values: [tea.productId] }],
        },
      },
    })
    expect(promotion.status, JSON.stringify(promotion.body)).toBe(200)

    // Day 1 online: tea 2 × 120.000 less 10 % = 216.000 and a jam 999.000; 3 honey 150.000.
    await placeOrder(
      vnRegionId,
      [
        { variant_id: tea.variantId, quantity: 2 },
        { variant_id: jam, quantity: 1 },
      ],
      d1,
    )
    await placeOrder(vnRegionId, [{ variant_id: honey, quantity: 3 }], d1)
    // Cancelled: 5 honey count nowhere.
    const cancelled = await placeOrder(vnRegionId, [{ variant_id: honey, quantity: 5 }], d1)
    expect((await api(`/admin/orders/${cancelled}/cancel`, { token: admin, body: {} })).status).toBe(200)
    // Day 2: abroad, 3 × $5.20 less 10 % = 1404 cents; at the counter, 2 × 150.000.
    await placeOrder(intlRegionId, [{ variant_id: tea.variantId, quantity: 3 }], d2)
    const shelf = await productAt(admin, place, 5, 10, 150_000)
    const session = await openSession(clerk.token, place.registerId)
    const sale = await sell(clerk.token, session, {
      lines: [{ variant_id: shelf.variantId, quantity: 2 }],
      payments: [{ method: "cash", amount: 300_000, tendered: 300_000 }],
    })
    expect(sale.status, JSON.stringify(sale.body)).toBe(201)
    const saleId = sale.body.counter_sale.id as string
    await sqlRows('UPDATE "order" SET created_at = $2 WHERE id = $1', [sale.body.counter_sale.order_id, noonOf(d2)])
    // Day 3: one of the two comes back to the counter, 150.000 refunded.
    const back = await api(`/admin/counter-sales/${saleId}/returns`, {
      token: clerk.token,
      body: { register_session_id: session, lines: [{ line_id: "0", quantity: 1 }], reason: "Khách đổi ý" },
    })
    expect(back.status, JSON.stringify(back.body)).toBe(201)
    await sqlRows("UPDATE counter_return SET created_at = $2 WHERE counter_sale_id = $1", [saleId, noonOf(d3)])

    const totals = { revenue: 216_000 + 999_000 + 150_000 + 300_000 - 150_000, revenue_usd: 1404, orders: 4, units: 10 }
    const range = `from=${d1}&to=${d3}`
    const byDay = await report(admin, `${range}&group_by=day`)
    expect(byDay.status, JSON.stringify(byDay.body)).toBe(200)
    expect(byDay.body).toEqual({
      rows: [
        { key: d1, label: d1, revenue: 1_365_000, revenue_usd: 0, orders: 2, units: 6 },
        { key: d2, label: d2, revenue: 300_000, revenue_usd: 1404, orders: 2, units: 5 },
        { key: d3, label: d3, revenue: -150_000, revenue_usd: 0, orders: 0, units: -1 },
      ],
      totals,
    })
    const byChannel = (await report(admin, `${range}&group_by=sales_channel`)).body as Report
    expect(byChannel.rows.find((r) => r.key === place.sales_channel_id)).toMatchObject({
      revenue: 150_000,
      orders: 1,
      units: 1,
    })
    const byProducer = (await report(admin, `${range}&group_by=producer`)).body as Report
    expect(byProducer.rows.find((r) => r.key === first.id)).toMatchObject({
      revenue: 366_000,
      revenue_usd: 1404,
      orders: 3,
      units: 8,
    })
    expect(byProducer.rows.find((r) => r.key === other.id)).toMatchObject({ revenue: 999_000, orders: 1, units: 1 })

    // Every grouping: rows add up to the same totals (an order holding two products counts once in them).
    for (const group of SALES_REPORT_GROUPS) {
      const res = await report(admin, `${range}&group_by=${group}`)
      expect(res.status, `${group}: ${JSON.stringify(res.body)}`).toBe(200)
      const body = res.body as Report
      expect(body.totals, group).toEqual(totals)
      for (const field of ["revenue", "revenue_usd", "units"] as const)
        expect(
          body.rows.reduce((sum, r) => sum + r[field], 0),
          `${group} ${field}`,
        ).toBe(totals[field])
    }
    // Filters keep one producer's or one place's lines, whatever the grouping.
    const firstOnly = await report(admin, `${range}&group_by=day&producer_id=${first.id}`)
    expect(firstOnly.body.totals).toEqual({ revenue: 366_000, revenue_usd: 1404, orders: 3, units: 8 })
    const placeOnly = await report(admin, `${range}&group_by=product&point_of_sale_id=${place.id}&star_level=4`)
    expect(placeOnly.body.rows).toEqual([
      expect.objectContaining({ key: shelf.productId, revenue: 150_000, orders: 1, units: 1 }),
    ])
    // The refund alone, on its own day; the sale's days without it.
    expect((await report(admin, `from=${d3}&to=${d3}&group_by=month`)).body.totals).toEqual({
      revenue: -150_000,
      revenue_usd: 0,
      orders: 0,
      units: -1,
    })
  })

  it("is for the roles the table lets read trade, and answers bad input with 400 and a code", async () => {
    const today = dayAgo(0)
    const query = `from=${today}&to=${today}&group_by=day`
    expect((await report(world.promotion.token, query)).status).toBe(200)
    // The OCOP office reads the trade area (STAFF_PERMISSIONS), so it reads the report too.
    const office = await staffMember(world.admin, "ocop_office")
    expect((await report(office.token, query)).status).toBe(200)
    expect((await report(world.clerk.token, query)).status).toBe(403)
    const noRole = await staffMember(world.admin, null)
    expect((await report(noRole.token, query)).status).toBe(403)
    const { token: producerToken } = await producerAccount(world.admin)
    expect([401, 403]).toContain((await report(producerToken, query)).status)

    const bad = async (q: string) => {
      const res = await report(world.admin, q)
      expect(res.status, q).toBe(400)
      return res.body.errors as Record<string, string>
    }
    expect(Object.keys(await bad(`from=${today}&to=${today}&group_by=hour`))).toEqual(["group_by"])
    expect(Object.keys(await bad(`from=2026-02-30&to=${today}&group_by=day`))).toEqual(["from"])
    expect(Object.keys(await bad(`from=${today}&to=${dayAgo(1)}&group_by=day`))).toEqual(["to"])
    expect(Object.keys(await bad(`${query}&sort=revenue`))).toEqual(["sort"])
    expect(Object.keys(await bad(`${query}&star_level=6&district=ha-noi`)).sort()).toEqual(["district", "star_level"])
  })
})
