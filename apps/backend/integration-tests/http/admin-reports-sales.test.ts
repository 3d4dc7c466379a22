import ExcelJS from "exceljs"
import { beforeAll, describe, expect, inject, it } from "vitest"
import {
  PLAN_2021_TARGETS,
  SALES_REPORT_GROUPS,
  addDays,
  formatCalendarDay,
  supportDue,
  vietnamCalendarDay,
  vietnamDayRange,
  type ProgrammePanel,
} from "@ocop/domain"
import { readyCart, seededStore, shopProduct, sqlRows } from "./checkout-helpers"
import { clerkOf, counterWorld, createPlace, openSession, productAt, sell, stockPlace } from "./counter-helpers"
import {
  api,
  attachProduct,
  certify,
  createProducer,
  createProduct,
  daysFromToday,
  staffMember,
  unique,
} from "./helpers"
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
  // Three staff accounts made with the Medusa CLI: minutes on a busy two-core machine.
}, 600_000)

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

// Dozens of requests and a staff account made through the CLI each: on the shared two-core machine
// that is more than the default minute, though nothing here waits on a clock.
describe("the sales report", () => {
  it("counts sales on the day placed, a counter return negative on its own day, no cancelled order, the same totals in every grouping", async () => {
    const { admin, place, clerk } = world
    const [d1, d2, d3] = [dayAgo(700), dayAgo(699), dayAgo(698)]
    const first = await createProducer(admin)
    const other = await createProducer(admin, { district: "muong-khuong" })
    const tea = await shopProduct(admin, { price: 120_000, usdPrice: 5.2, producerId: first.id })
    // The honey a beverage (through the API, so the catalogue and the printed catalogue agree on it).
    const honey = (await shopProduct(admin, { price: 50_000, producerId: first.id, group: "beverage" })).variantId
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
    const teaAndJam = await placeOrder(
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
    // Day 2 too, at an event's booth: 1 × 80.000 (the booth is a place with its own channel, decision 028).
    const event = await api("/admin/trade-events", {
      token: admin,
      body: {
        handle: `bao-cao-${unique()}`,
        name: "Hội chợ thử báo cáo",
        name_en: "Report test fair",
        kind: "fair",
        province: "Hà Nội",
        address: "Giảng Võ, Ba Đình",
        starts_on: dayAgo(0),
        ends_on: dayAgo(-2),
        organiser: "Sở Công Thương Lào Cai",
        revenue_target: 10_000_000,
      },
    })
    expect(event.status, JSON.stringify(event.body)).toBe(201)
    const fair = event.body.trade_event as { id: string; point_of_sale_id: string; stock_location_id: string }
    const opened = await api(`/admin/trade-events/${fair.id}/status`, { token: admin, body: { status: "open" } })
    expect(opened.status, JSON.stringify(opened.body)).toBe(200)
    const booth = { ...place, id: fair.point_of_sale_id, stock_location_id: fair.stock_location_id }
    const boothGood = await productAt(admin, booth, 3, 10, 80_000)
    const boothRegisters = await api(`/admin/points-of-sale/${fair.point_of_sale_id}/registers`, { token: admin })
    const boothSale = await sell(admin, await openSession(admin, boothRegisters.body.registers[0].id), {
      lines: [{ variant_id: boothGood.variantId, quantity: 1 }],
      payments: [{ method: "cash", amount: 80_000, tendered: 80_000 }],
    })
    expect(boothSale.status, JSON.stringify(boothSale.body)).toBe(201)
    await sqlRows('UPDATE "order" SET created_at = $2 WHERE id = $1', [
      boothSale.body.counter_sale.order_id,
      noonOf(d2),
    ])
    // The report reads the star level a product has today (decision 029): the jam is 5 stars (and the
    // honey a beverage), so that the two filters keep different lines from every other filter.
    await sqlRows(
      "UPDATE catalogue_entry SET star_level = 5 WHERE product_id = (SELECT product_id FROM product_variant WHERE id = $1)",
      [jam],
    )

    const totals = {
      revenue: 216_000 + 999_000 + 150_000 + 300_000 - 150_000 + 80_000,
      revenue_usd: 1404,
      orders: 5,
      units: 11,
    }
    const range = `from=${d1}&to=${d3}`
    const byDay = await report(admin, `${range}&group_by=day`)
    expect(byDay.status, JSON.stringify(byDay.body)).toBe(200)
    expect(byDay.body).toEqual({
      rows: [
        { key: d1, label: d1, revenue: 1_365_000, revenue_usd: 0, orders: 2, units: 6 },
        { key: d2, label: d2, revenue: 380_000, revenue_usd: 1404, orders: 3, units: 6 },
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
    // Every other filter, each against its hand-computed lines.
    const filtered = async (filter: string) => (await report(admin, `${range}&group_by=week&${filter}`)).body.totals
    expect(await filtered(`product_id=${tea.productId}`)).toEqual({
      revenue: 216_000,
      revenue_usd: 1404,
      orders: 2,
      units: 5,
    })
    expect(await filtered("district=muong-khuong")).toEqual({ revenue: 999_000, revenue_usd: 0, orders: 1, units: 1 })
    // Two unrelated product dimensions have no flag of their own: counted over the sale lines instead.
    expect(await filtered("district=muong-khuong&star_level=5")).toEqual({
      revenue: 999_000,
      revenue_usd: 0,
      orders: 1,
      units: 1,
    })
    // 4 stars: all but the jam; its order still counts, for the tea beside it.
    expect(await filtered("star_level=4")).toEqual({ revenue: 596_000, revenue_usd: 1404, orders: 5, units: 10 })
    // The honey: 3 sold, the 5 of the cancelled order nowhere.
    expect(await filtered("product_group=beverage")).toEqual({ revenue: 150_000, revenue_usd: 0, orders: 1, units: 3 })
    // The place's channel: 2 sold, 1 back.
    expect(await filtered(`sales_channel_id=${place.sales_channel_id}`)).toEqual({
      revenue: 150_000,
      revenue_usd: 0,
      orders: 1,
      units: 1,
    })
    expect(await filtered(`event_id=${fair.id}`)).toEqual({ revenue: 80_000, revenue_usd: 0, orders: 1, units: 1 })
    const byEvent = (await report(admin, `${range}&group_by=event`)).body as Report
    expect(byEvent.rows).toEqual([
      { key: "none", label: "(không có)", revenue: 1_515_000, revenue_usd: 1404, orders: 4, units: 10 },
      { key: fair.id, label: "Hội chợ thử báo cáo", revenue: 80_000, revenue_usd: 0, orders: 1, units: 1 },
    ])
    const byStars = (await report(admin, `${range}&group_by=star_level`)).body as Report
    expect(byStars.rows.map((r) => [r.label, r.revenue, r.orders, r.units])).toEqual([
      ["5 sao", 999_000, 1, 1],
      ["4 sao", 596_000, 5, 10],
    ])
    // The jam certified 4 stars again, after the report was read: its order, already counted for the
    // tea, still counts once among 4-star goods (the sale days' flags follow today's star level). The
    // order last written a day ago, so that only the star level's change can bring it back.
    await sqlRows(`UPDATE "order" SET updated_at = now() - interval '1 day' WHERE id = $1`, [teaAndJam])
    await sqlRows(
      "UPDATE catalogue_entry SET star_level = 4 WHERE product_id = (SELECT product_id FROM product_variant WHERE id = $1)",
      [jam],
    )
    const byStarsAgain = (await report(admin, `${range}&group_by=star_level`)).body as Report
    expect(byStarsAgain.rows.map((r) => [r.label, r.revenue, r.orders, r.units])).toEqual([
      ["4 sao", 596_000 + 999_000, 5, 11],
    ])
    expect(byStarsAgain.totals).toEqual(totals)

    // The refund alone, on its own day; the sale's days without it.
    expect((await report(admin, `from=${d3}&to=${d3}&group_by=month`)).body.totals).toEqual({
      revenue: -150_000,
      revenue_usd: 0,
      orders: 0,
      units: -1,
    })

    // A product linked to two producers at once (only the attach workflow forbids it) must not stop
    // every report: its dimensions are kept once, from its oldest link.
    const twice = await shopProduct(admin, { price: 10_000, producerId: first.id })
    const link = `prodlink_${unique()}`
    await sqlRows("INSERT INTO producer_producer_product_product (producer_id, product_id, id) VALUES ($1, $2, $3)", [
      other.id,
      twice.productId,
      link,
    ])
    try {
      const still = await report(admin, `${range}&group_by=producer`)
      expect(still.status, JSON.stringify(still.body)).toBe(200)
      expect(still.body.totals).toEqual(byStarsAgain.totals)
    } finally {
      await sqlRows("DELETE FROM producer_producer_product_product WHERE id = $1", [link])
    }
  }, 240_000)

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
  }, 180_000)

  it("sets the programme's targets per year and counts what the register shows against them", async () => {
    const { admin, promotion } = world
    const [channel] = await sqlRows<{ id: string }>("SELECT id FROM sales_channel WHERE name = 'Cửa hàng OCOP Lào Cai'")
    /** A product of the producer certified at `stars` by a decision on `day`. */
    const certified = async (producerId: string, stars: 3 | 4, day: string) => {
      const product = await createProduct(admin, {
        title: `Sản phẩm chương trình ${unique()}`,
        price: 100_000,
        salesChannelId: channel!.id,
      })
      await attachProduct(admin, product.id, {
        producer_id: producerId,
        product_group: "food",
        origin_district: "bac-ha",
      })
      return certify(admin, product.id, stars, { decision_date: day, valid_from: day })
    }
    // Years long past, so no other test certifies in them; each test file adds to one shared register,
    // so the panel is read before and after and the difference is what this test added.
    const year = vietnamCalendarDay(new Date()).year - 6
    const panel = async (y: number, token = admin) =>
      (await api(`/admin/programme/${y}`, { token })).body as ProgrammePanel
    const actual = (p: ProgrammePanel) => Object.fromEntries(p.lines.map((l) => [l.measure, l.actual]))
    const [before, beforeLast] = [actual(await panel(year)), actual(await panel(year - 1))]

    // A cooperative new that year: one product at 3★, one at 4★.
    const cooperative = await createProducer(admin, { kind: "cooperative" })
    const cooperative3 = await certified(cooperative.id, 3, `${year}-03-10`)
    await certified(cooperative.id, 4, `${year}-11-20`)
    // A household business: its 3★ product counts, it is no economic organisation.
    const household = await createProducer(admin, { kind: "household" })
    const household3 = await certified(household.id, 3, `${year}-06-01`)
    // Support paid counts in the year it was paid: the cooperative's in the year, the household's the next.
    for (const [cert, paidOn] of [
      [cooperative3, `${year}-04-01`],
      [household3, `${year + 1}-01-05`],
    ] as const) {
      const paid = await api("/admin/support-payments", {
        token: admin,
        body: { certification_id: cert.id, paid_on: paidOn },
      })
      expect(paid.status, JSON.stringify(paid.body)).toBe(201)
    }
    // A company first certified the year before: new then, not in this year, though its 4★ counts now.
    const company = await createProducer(admin, { kind: "limited_company" })
    await certified(company.id, 3, `${year - 1}-12-31`)
    await certified(company.id, 4, `${year}-01-01`)

    const after = actual(await panel(year, promotion.token))
    expect(after).toEqual({
      certified_3_star: before.certified_3_star! + 2,
      certified_4_star: before.certified_4_star! + 2,
      certified_5_star: before.certified_5_star,
      new_organisations: before.new_organisations! + 1,
      support_vnd: before.support_vnd! + supportDue(3),
    })
    expect(actual(await panel(year - 1))).toMatchObject({
      certified_3_star: beforeLast.certified_3_star! + 1,
      new_organisations: beforeLast.new_organisations! + 1,
    })

    // 2021 starts with the plan's targets; a year without targets has none, and no gap.
    expect((await panel(2021)).targets).toEqual(PLAN_2021_TARGETS)
    expect((await panel(year)).lines.every((l) => l.target === null && l.gap === null)).toBe(true)
    const targets = { ...PLAN_2021_TARGETS, certified_4_star: after.certified_4_star! + 3 }
    const set = await api(`/admin/programme/${year}`, { token: admin, body: targets })
    expect(set.status, JSON.stringify(set.body)).toBe(200)
    const lines = (set.body as ProgrammePanel).lines
    expect(lines.find((l) => l.measure === "certified_4_star")).toEqual({
      measure: "certified_4_star",
      target: targets.certified_4_star,
      actual: after.certified_4_star,
      gap: 3,
    })
    // Support paid is the sum of the year's recorded payments (producer payouts), against its target.
    expect(lines.find((l) => l.measure === "support_vnd")).toEqual({
      measure: "support_vnd",
      target: PLAN_2021_TARGETS.support_vnd,
      actual: after.support_vnd,
      gap: PLAN_2021_TARGETS.support_vnd - after.support_vnd!,
    })
    // Setting again replaces the year's targets; bad input changes nothing; trade promotion only reads.
    expect((await api(`/admin/programme/${year}`, { token: admin, body: PLAN_2021_TARGETS })).status).toBe(200)
    const refused = await api(`/admin/programme/${year}`, {
      token: admin,
      body: { ...PLAN_2021_TARGETS, certified_3_star: -1, support_vnd: 1.5 },
    })
    expect([refused.status, Object.keys(refused.body.errors).sort()]).toEqual([
      400,
      ["certified_3_star", "support_vnd"],
    ])
    expect((await api("/admin/programme/1990", { token: admin })).status).toBe(400)
    expect((await api(`/admin/programme/${year}`, { token: promotion.token, body: targets })).status).toBe(403)
    expect((await panel(year)).targets).toEqual(PLAN_2021_TARGETS)
  }, 240_000)
})

type DashboardChannel = { key: string; label: string; kind: string; today: Figures; month: Figures }
type Dashboard = {
  today: string
  month_from: string
  sections: string[]
  sales?: {
    today: Figures
    month: Figures
    channels: DashboardChannel[]
    days: { day: string; revenue: number; orders: number }[]
    top_products: { key: string; revenue: number; units: number }[]
  }
  operations?: { orders_to_handle: number; pickups_waiting: number; registers_open: number; low_stock_count: number }
  register?: { certificates_expiring: number; reviews_waiting: number; producers_without_valid_product: number }
}

const dashboard = async (token: string) => {
  const res = await api("/admin/dashboard", { token })
  expect(res.status, JSON.stringify(res.body)).toBe(200)
  return res.body as Dashboard
}

describe("the staff dashboard", () => {
  it("adds today's sales as the report counts them, by channel, and the work they make", async () => {
    const { admin, promotion } = world
    const before = await dashboard(admin)
    expect(before.sections).toEqual(["sales", "operations", "register"])

    // Today, online: 2 × 120.000 + 50.000 delivered home, 3 × 50.000 collected at a showroom.
    const producer = await createProducer(admin)
    const tea = (await shopProduct(admin, { price: 120_000, producerId: producer.id })).variantId
    const honey = (await shopProduct(admin, { price: 50_000, producerId: producer.id })).variantId
    const home = await readyCart(key, {
      regionId: vnRegionId,
      provider: "pp_system_default",
      items: [
        { variant_id: tea, quantity: 2 },
        { variant_id: honey, quantity: 1 },
      ],
    })
    expect((await api(`/store/carts/${home}/complete`, { key, method: "POST" })).body.type).toBe("order")
    const pickup = await readyCart(key, {
      regionId: vnRegionId,
      provider: "pp_system_default",
      pickup: true,
      items: [{ variant_id: honey, quantity: 3 }],
    })
    expect((await api(`/store/carts/${pickup}/complete`, { key, method: "POST" })).body.type).toBe("order")
    // Today, at a new showroom's counter opened by trade promotion: 2 × 150.000 of 5 on the shelf.
    const place = await createPlace(admin)
    const shelf = await productAt(admin, place, 5)
    const session = await openSession(promotion.token, place.registerId)
    const sale = await sell(promotion.token, session, {
      lines: [{ variant_id: shelf.variantId, quantity: 2 }],
      payments: [{ method: "cash", amount: 300_000, tendered: 300_000 }],
    })
    expect(sale.status, JSON.stringify(sale.body)).toBe(201)
    // The register: a producer with no product, and one whose only certificate ends in 30 days.
    await createProducer(admin)
    const ending = await createProducer(admin)
    const [channel] = await sqlRows<{ id: string }>("SELECT id FROM sales_channel WHERE name = 'Cửa hàng OCOP Lào Cai'")
    const product = await createProduct(admin, {
      title: `Sắp hết hạn ${unique()}`,
      price: 10_000,
      salesChannelId: channel!.id,
    })
    await attachProduct(admin, product.id, { producer_id: ending.id, product_group: "food", origin_district: "bac-ha" })
    await certify(admin, product.id, 3, {
      decision_date: daysFromToday(-1000),
      valid_from: daysFromToday(-1000),
      valid_until: daysFromToday(30),
    })

    const after = await dashboard(admin)
    const delta = (get: (d: Dashboard) => number) => get(after) - get(before)
    expect(delta((d) => d.sales!.today.revenue)).toBe(240_000 + 50_000 + 150_000 + 300_000)
    expect(delta((d) => d.sales!.today.orders)).toBe(3)
    expect(delta((d) => d.sales!.today.units)).toBe(2 + 1 + 3 + 2)
    expect(delta((d) => d.sales!.month.revenue)).toBe(740_000)
    expect(after.sales!.channels.find((c) => c.key === place.sales_channel_id)).toEqual({
      key: place.sales_channel_id,
      label: `Điểm bán thử ${place.code}`,
      kind: "showroom",
      today: { revenue: 300_000, revenue_usd: 0, orders: 1, units: 2 },
      month: { revenue: 300_000, revenue_usd: 0, orders: 1, units: 2 },
    })
    // Online sales are one row, not one per Medusa channel: never "Default Sales Channel".
    const onlineRows = after.sales!.channels.filter((c) => c.kind === "online")
    expect(onlineRows.map((c) => [c.key, c.label])).toEqual([["online", "Trực tuyến"]])
    expect(after.sales!.channels.map((c) => c.label)).not.toContain("Default Sales Channel")
    const online = (d: Dashboard) => d.sales!.channels.find((c) => c.kind === "online")!
    expect(online(after).today.revenue - online(before).today.revenue).toBe(440_000)
    expect(delta((d) => d.operations!.orders_to_handle)).toBe(2)
    expect(delta((d) => d.operations!.pickups_waiting)).toBe(1)
    expect(delta((d) => d.operations!.registers_open)).toBe(1)
    // 5 − 2 = 3 left on the shelf, under the place's threshold of 5.
    expect(delta((d) => d.operations!.low_stock_count)).toBe(1)
    expect(delta((d) => d.register!.certificates_expiring)).toBe(1)
    expect(delta((d) => d.register!.producers_without_valid_product)).toBe(1)

    // The same figures as the sales report, channel by channel and day by day.
    const todayReport = (await report(admin, `from=${after.today}&to=${after.today}&group_by=sales_channel`))
      .body as Report
    expect(after.sales!.today).toEqual(todayReport.totals)
    const places = after.sales!.channels.filter((c) => c.kind !== "online")
    for (const row of todayReport.rows.filter((r) => places.some((c) => c.key === r.key)))
      expect(places.find((c) => c.key === row.key)?.today, row.label).toEqual({
        revenue: row.revenue,
        revenue_usd: row.revenue_usd,
        orders: row.orders,
        units: row.units,
      })
    // The channels' rows add up to the day's totals: the online row holds every other channel's.
    const sum = (get: (c: DashboardChannel) => number) => after.sales!.channels.reduce((n, c) => n + get(c), 0)
    expect({
      revenue: sum((c) => c.today.revenue),
      revenue_usd: sum((c) => c.today.revenue_usd),
      orders: sum((c) => c.today.orders),
      units: sum((c) => c.today.units),
    }).toEqual(todayReport.totals)
    const monthReport = (await report(admin, `from=${after.month_from}&to=${after.today}&group_by=day`)).body as Report
    expect(after.sales!.month).toEqual(monthReport.totals)
    expect(after.sales!.days.at(-1)).toEqual({
      day: after.today,
      revenue: todayReport.totals.revenue,
      orders: todayReport.totals.orders,
    })
    expect(after.sales!.days.reduce((sum, d) => sum + d.revenue, 0)).toBe(monthReport.totals.revenue)
    const byProduct = (await report(admin, `from=${after.month_from}&to=${after.today}&group_by=product`))
      .body as Report
    const best = [...byProduct.rows].sort((a, b) => b.revenue - a.revenue || b.units - a.units)[0]!
    expect(after.sales!.top_products[0]).toMatchObject({ key: best.key, revenue: best.revenue, units: best.units })
  }, 240_000)

  it("gives each role its own parts, and a clerk, no role or a producer nothing", async () => {
    const trade = await dashboard(world.promotion.token)
    expect(trade.sections).toEqual(["sales", "operations"])
    expect(trade.register).toBeUndefined()
    expect(trade.sales!.today).toEqual((await dashboard(world.admin)).sales!.today)
    const office = await dashboard((await staffMember(world.admin, "ocop_office")).token)
    expect(office.sections).toEqual(["register", "sales"])
    expect(office.operations).toBeUndefined()
    expect(office.register).toEqual((await dashboard(world.admin)).register)

    expect((await api("/admin/dashboard", { token: world.clerk.token })).status).toBe(403)
    expect((await api("/admin/dashboard", { token: (await staffMember(world.admin, null)).token })).status).toBe(403)
    const { token: producerToken } = await producerAccount(world.admin)
    expect([401, 403]).toContain((await api("/admin/dashboard", { token: producerToken })).status)
  }, 180_000)
})

describe("producer payouts", () => {
  it("owes each producer its counter and booth sales less returns, and the support its certificates are due", async () => {
    const { admin } = world
    // A showroom of its own: the first test leaves the shared place's register open.
    const place = await createPlace(admin)
    const clerk = await clerkOf(admin, [place.id])
    const [d1, d2, d3] = [dayAgo(600), dayAgo(599), dayAgo(598)]
    const mine = await producerAccount(admin)
    const theirs = await producerAccount(admin)
    // A certified product with stock at the showroom, its certificate decided on d1 with the given stars.
    const atPlace = async (producerId: string, price: number, stars: 3 | 4 | 5) => {
      const made = await shopProduct(admin, { price, stock: 10, producerId })
      await stockPlace(admin, made.inventoryItemId!, place.stock_location_id, 10)
      await sqlRows("UPDATE certification SET star_level = $2, decision_date = $3 WHERE id = $1", [
        made.certificate.id,
        stars,
        noonOf(d1),
      ])
      return made
    }
    const tea = await atPlace(mine.producer.id, 100_000, 3)
    const honey = await atPlace(mine.producer.id, 50_000, 4)
    const jam = await atPlace(theirs.producer.id, 200_000, 5)
    const session = await openSession(clerk.token, place.registerId)
    const counterSale = async (variantId: string, quantity: number, amount: number, day: string) => {
      const sale = await sell(clerk.token, session, {
        lines: [{ variant_id: variantId, quantity }],
        payments: [{ method: "cash", amount, tendered: amount }],
      })
      expect(sale.status, JSON.stringify(sale.body)).toBe(201)
      await sqlRows('UPDATE "order" SET created_at = $2 WHERE id = $1', [sale.body.counter_sale.order_id, noonOf(day)])
      return sale.body.counter_sale.id as string
    }
    await counterSale(tea.variantId, 3, 300_000, d1)
    const honeySale = await counterSale(honey.variantId, 2, 100_000, d2)
    await counterSale(jam.variantId, 1, 200_000, d2)
    // One honey comes back on d3; an online tea on d1 is the shop's sale, not consignment.
    const back = await api(`/admin/counter-sales/${honeySale}/returns`, {
      token: clerk.token,
      body: { register_session_id: session, lines: [{ line_id: "0", quantity: 1 }], reason: "Khách đổi ý" },
    })
    expect(back.status, JSON.stringify(back.body)).toBe(201)
    await sqlRows("UPDATE counter_return SET created_at = $2 WHERE counter_sale_id = $1", [honeySale, noonOf(d3)])
    await placeOrder(vnRegionId, [{ variant_id: tea.variantId, quantity: 1 }], d1)

    // The tea's support (3★: 15 million) is paid on d3; the honey's (4★: 30 million) is not yet.
    const paid = await api("/admin/support-payments", {
      token: admin,
      body: { certification_id: tea.certificate.id, paid_on: d3, reference: "UNC-01" },
    })
    expect(paid.status, JSON.stringify(paid.body)).toBe(201)
    expect(paid.body.support_payment).toMatchObject({
      amount: 15_000_000,
      producer_id: mine.producer.id,
      star_level: 3,
    })
    const twice = await api("/admin/support-payments", {
      token: admin,
      body: { certification_id: tea.certificate.id, paid_on: d3 },
    })
    expect(twice.status).toBe(409)

    const period = `from=${d1}&to=${d3}`
    const statement = await api(`/admin/payouts/${mine.producer.id}?${period}`, { token: world.promotion.token })
    expect(statement.status, JSON.stringify(statement.body)).toBe(200)
    const s = statement.body.statement
    // Lines sorted by title as Vietnamese sorts it (the products' titles are random).
    const lines = [
      {
        product_id: honey.productId,
        title: honey.title,
        units_sold: 2,
        sold: 100_000,
        units_returned: 1,
        returned: 50_000,
        owed: 50_000,
      },
      {
        product_id: tea.productId,
        title: tea.title,
        units_sold: 3,
        sold: 300_000,
        units_returned: 0,
        returned: 0,
        owed: 300_000,
      },
    ].sort((a, b) => a.title.localeCompare(b.title, "vi"))
    expect(s.consignment.lines).toEqual(lines)
    expect(s.consignment.totals).toEqual({
      units_sold: 5,
      sold: 400_000,
      units_returned: 1,
      returned: 50_000,
      owed: 350_000,
    })
    expect(s.support).toMatchObject({ due: 45_000_000, paid: 15_000_000, outstanding: 30_000_000 })
    expect(s.support.lines.map((l: any) => [l.product_id, l.star_level, l.due, l.paid, l.paid_on])).toEqual(
      expect.arrayContaining([
        [tea.productId, 3, 15_000_000, 15_000_000, d3],
        [honey.productId, 4, 30_000_000, 0, null],
      ]),
    )
    expect(s.total_owed).toBe(350_000 + 30_000_000)
    // The list has one row per producer, with the same figures.
    const list = await api(`/admin/payouts?${period}`, { token: admin })
    expect(list.body.payouts.find((r: any) => r.producer_id === theirs.producer.id)).toMatchObject({
      consignment_owed: 200_000,
      support_due: 30_000_000,
      support_paid: 0,
      total_owed: 30_200_000,
    })

    // The producer sees its own statement, only its goods, and cannot reach another's.
    const own = await api(`/producer/payouts?${period}`, { token: mine.token })
    expect(own.status).toBe(200)
    expect(own.body.statement).toEqual(s)
    expect(own.body.statement.consignment.lines.map((l: any) => l.product_id)).not.toContain(jam.productId)
    expect([401, 403]).toContain(
      (await api(`/admin/payouts/${theirs.producer.id}?${period}`, { token: mine.token })).status,
    )
    expect((await api(`/producer/payouts/${theirs.producer.id}?${period}`, { token: mine.token })).status).toBe(403)
    expect((await api(`/admin/payouts/no-such-producer?${period}`, { token: admin })).status).toBe(404)
    expect((await api(`/producer/payouts?from=${d3}&to=${d1}`, { token: mine.token })).status).toBe(400)
    expect((await api("/admin/support-payments", { token: world.promotion.token, body: {} })).status).toBe(403)

    // The files: XLSX with the same totals, PDF that opens.
    const file = async (path: string, token: string) => {
      const res = await fetch(`${inject("backendUrl")}${path}`, { headers: { authorization: `Bearer ${token}` } })
      return { status: res.status, type: res.headers.get("content-type"), bytes: Buffer.from(await res.arrayBuffer()) }
    }
    const xlsx = await file(`/producer/payouts/xlsx?${period}`, mine.token)
    expect(xlsx.status).toBe(200)
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(xlsx.bytes as unknown as ArrayBuffer)
    const totalRow = book
      .getWorksheet("Hàng ký gửi")!
      .getSheetValues()
      .find((r: any) => r?.[1] === "Tổng cộng") as any[]
    expect(totalRow.slice(1, 7)).toEqual(["Tổng cộng", 5, 400_000, 1, 50_000, 350_000])
    const pdf = await file(`/admin/payouts/${mine.producer.id}/pdf?${period}`, admin)
    expect(pdf.type).toBe("application/pdf")
    expect(pdf.bytes.subarray(0, 5).toString()).toBe("%PDF-")
  })
})
