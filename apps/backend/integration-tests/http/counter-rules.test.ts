import { beforeAll, describe, expect, it } from "vitest"
import { clerkOf, counterWorld, levelAt, openSession, productAt, sell } from "./counter-helpers"
import { api } from "./helpers"
import { mailbox } from "./mailbox"

let world: Awaited<ReturnType<typeof counterWorld>>
let session: string

beforeAll(async () => {
  world = await counterWorld()
  session = await openSession(world.clerk.token, world.place.registerId)
})

describe("the counter's rules", () => {
  it("sells above the discount limit once a manager signs off, never on a clerk's own word", async () => {
    // The place allows 10 %: 20,000 off 100,000 is 20 %.
    const product = await productAt(world.admin, world.place, 3, 0, 100_000)
    const sale = {
      lines: [{ variant_id: product.variantId, quantity: 1, discount: 20_000 }],
      payments: [{ method: "cash", amount: 80_000 }],
    }
    const otherClerk = await clerkOf(world.admin, [world.place.id])
    const byClerk = await sell(world.clerk.token, session, {
      ...sale,
      approval: { email: otherClerk.email, password: otherClerk.password },
    })
    expect(byClerk.body.code).toBe("approval_invalid")
    const approved = await sell(world.clerk.token, session, {
      ...sale,
      approval: { email: world.promotion.email, password: world.promotion.password },
    })
    expect(approved.status, JSON.stringify(approved.body)).toBe(201)
    expect(approved.body.counter_sale).toMatchObject({
      total: 80_000,
      discount_total: 20_000,
      discount_approved_by: world.promotion.id,
    })
    // Within the limit no one is asked.
    const small = await sell(world.clerk.token, session, {
      lines: [{ variant_id: product.variantId, quantity: 1, discount: 10_000 }],
      payments: [{ method: "cash", amount: 90_000 }],
    })
    expect(small.status, JSON.stringify(small.body)).toBe(201)
    expect(small.body.counter_sale.discount_approved_by).toBeNull()
    expect(await levelAt(product.inventoryItemId, world.place.stock_location_id)).toMatchObject({ stocked: 1 })
    const report = (await api(`/admin/points-of-sale/${world.place.id}/day-report`, { token: world.clerk.token })).body
      .day_report
    expect(report.sales.discounts).toBeGreaterThanOrEqual(30_000)
  })

  it("lists what is running out at the place, against its own threshold", async () => {
    const few = await productAt(world.admin, world.place, 2)
    const plenty = await productAt(world.admin, world.place, 40)
    const low = await api(`/admin/points-of-sale/${world.place.id}/stock?low=true`, { token: world.clerk.token })
    expect(low.status).toBe(200)
    const ids = low.body.stock.map((s: { variant_id: string }) => s.variant_id)
    expect(ids).toContain(few.variantId)
    expect(ids).not.toContain(plenty.variantId)
    expect(low.body.stock.every((s: { available: number }) => s.available <= low.body.low_stock_threshold)).toBe(true)
    const update = await api(`/admin/points-of-sale/${world.place.id}`, {
      token: world.promotion.token,
      body: { low_stock_threshold: 1 },
    })
    expect(update.status, JSON.stringify(update.body)).toBe(200)
    // What the update did not name keeps its value.
    expect(update.body.point_of_sale).toMatchObject({
      low_stock_threshold: 1,
      discount_limit_percent: 10,
      opening_hours: [{ days: [1, 2, 3, 4, 5, 6, 7], opens: "07:00", closes: "22:00" }],
      seller_tax_code: "5300000000",
    })
    const lower = await api(`/admin/points-of-sale/${world.place.id}/stock?low=true`, { token: world.clerk.token })
    expect(lower.body.stock.map((s: { variant_id: string }) => s.variant_id)).not.toContain(few.variantId)
  })

  it("e-mails the receipt to the buyer's address and keeps an address given afterwards", async () => {
    const product = await productAt(world.admin, world.place, 2, 0, 120_000)
    const email = `mua-${Date.now()}@example.vn`
    const sold = await sell(world.clerk.token, session, {
      lines: [{ variant_id: product.variantId, quantity: 1 }],
      payments: [{ method: "vietqr", amount: 120_000 }],
    })
    expect(sold.status).toBe(201)
    const id = sold.body.counter_sale.id
    const none = await api(`/admin/counter-sales/${id}/email-receipt`, { token: world.clerk.token, body: {} })
    expect(none.status).toBe(400)
    expect(none.body.errors.email).toBeTruthy()
    const sent = await api(`/admin/counter-sales/${id}/email-receipt`, { token: world.clerk.token, body: { email } })
    expect(sent.status, JSON.stringify(sent.body)).toBe(200)
    expect(sent.body.sent_to).toBe(email)
    const mail = mailbox()
      .filter((m) => m.to.includes(email))
      .at(-1)
    expect(mail?.subject).toContain(sold.body.counter_sale.receipt_number)
    const view = (await api(`/admin/counter-sales/${id}`, { token: world.clerk.token })).body.counter_sale
    expect(view.buyer.email).toBe(email)
  })

  it("lets the place's own manager sign off, chosen from the staff trade promotion may list", async () => {
    const manager = await clerkOf(world.admin, [world.place.id])
    const list = await api("/admin/place-managers", { token: world.promotion.token })
    expect(list.status, JSON.stringify(list.body)).toBe(200)
    const ids = list.body.managers.map((m: { id: string }) => m.id)
    expect(ids).toEqual(expect.arrayContaining([manager.id, world.promotion.id]))
    expect(
      list.body.managers.every((m: { role: string }) => ["admin", "trade_promotion", "pos_clerk"].includes(m.role)),
    ).toBe(true)
    expect((await api("/admin/place-managers", { token: world.clerk.token })).status).toBe(403)
    expect((await api("/admin/place-managers?role=admin", { token: world.promotion.token })).status).toBe(400)

    const product = await productAt(world.admin, world.place, 2, 0, 100_000)
    const sale = {
      lines: [{ variant_id: product.variantId, quantity: 1, discount: 20_000 }],
      payments: [{ method: "cash", amount: 80_000 }],
      approval: { email: manager.email, password: manager.password },
    }
    // A clerk who is not the place's manager cannot sign off ...
    expect((await sell(world.clerk.token, session, sale)).body.code).toBe("approval_invalid")
    const named = await api(`/admin/points-of-sale/${world.place.id}`, {
      token: world.promotion.token,
      body: { manager_user_id: manager.id },
    })
    expect(named.body.point_of_sale.manager_user_id).toBe(manager.id)
    // ... until trade promotion names them its manager.
    const approved = await sell(world.clerk.token, session, sale)
    expect(approved.status, JSON.stringify(approved.body)).toBe(201)
    expect(approved.body.counter_sale.discount_approved_by).toBe(manager.id)
  })
})
