import crypto from "node:crypto"
import { beforeAll, describe, expect, it } from "vitest"
import { sqlRows } from "./checkout-helpers"
import { clerkOf, counterWorld, createPlace, levelAt, openSession, productAt, sell } from "./counter-helpers"
import { api } from "./helpers"

let world: Awaited<ReturnType<typeof counterWorld>>

beforeAll(async () => {
  world = await counterWorld()
})

describe("counter sales", () => {
  it("takes the stock from its own place only and makes a paid, completed order in the place's channel", async () => {
    const product = await productAt(world.admin, world.place, 5, 10, 150_000)
    const session = await openSession(world.clerk.token, world.place.registerId)
    const res = await sell(world.clerk.token, session, {
      lines: [{ variant_id: product.variantId, quantity: 2 }],
      payments: [{ method: "cash", amount: 300_000, tendered: 500_000 }],
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const sale = res.body.counter_sale
    expect(sale.total).toBe(300_000)
    expect(sale.payments[0].change).toBe(200_000)
    expect(sale.vat_total).toBe(Math.round((300_000 * 10) / 110))
    expect(sale.invoice.seller.tax_code).toBe("5300000000")
    expect(sale.invoice.items[0].name).toContain("Sản phẩm thử")
    expect(await levelAt(product.inventoryItemId, world.place.stock_location_id)).toMatchObject({
      stocked: 3,
      reserved: 0,
    })
    expect(await levelAt(product.inventoryItemId, product.warehouseId)).toMatchObject({ stocked: 10, reserved: 0 })
    const order = await api(
      `/admin/orders/${sale.order_id}?fields=id,status,sales_channel_id,total,payment_status,fulfillment_status`,
      {
        token: world.admin,
      },
    )
    expect(order.body.order).toMatchObject({
      sales_channel_id: world.place.sales_channel_id,
      status: "completed",
      payment_status: "captured",
      fulfillment_status: "delivered",
    })
    expect(Number(order.body.order.total)).toBe(300_000)
  })

  it("sells the last unit once when two counters race for it", async () => {
    const product = await productAt(world.admin, world.place, 1)
    const second = await api(`/admin/points-of-sale/${world.place.id}/registers`, {
      token: world.admin,
      body: { name: `Quầy ${crypto.randomUUID().slice(0, 6)}` },
    })
    const [a, b] = await Promise.all([
      openSession(world.clerk.token, world.place.registerId).catch(async () => {
        const open = await api(`/admin/points-of-sale/${world.place.id}/registers`, { token: world.clerk.token })
        return open.body.registers.find((r: { id: string }) => r.id === world.place.registerId).open_session
          .id as string
      }),
      openSession(world.clerk.token, second.body.register.id),
    ])
    const body = (session: string) =>
      sell(world.clerk.token, session, {
        lines: [{ variant_id: product.variantId, quantity: 1 }],
        payments: [{ method: "cash", amount: 150_000 }],
      })
    const results = await Promise.all([body(a), body(b)])
    expect(results.map((r) => r.status).sort()).toEqual([201, 400])
    expect(results.find((r) => r.status === 400)!.body.code).toBe("out_of_stock")
    expect(await levelAt(product.inventoryItemId, world.place.stock_location_id)).toMatchObject({
      stocked: 0,
      reserved: 0,
    })
    const orders = await sqlRows("SELECT id FROM order_line_item WHERE variant_id = $1 AND deleted_at IS NULL", [
      product.variantId,
    ])
    expect(orders).toHaveLength(1)
  })

  it("records a sale made offline once, however often it is sent, and flags it below zero", async () => {
    const product = await productAt(world.admin, world.place, 1)
    const session = await openSession(
      world.clerk.token,
      (
        await api(`/admin/points-of-sale/${world.place.id}/registers`, {
          token: world.admin,
          body: { name: `Q-${crypto.randomUUID().slice(0, 6)}` },
        })
      ).body.register.id,
    )
    const sale = {
      idempotency_key: `offline-${crypto.randomUUID()}`,
      register_session_id: session,
      lines: [{ variant_id: product.variantId, quantity: 2 }],
      payments: [{ method: "cash", amount: 300_000, tendered: 300_000 }],
      offline_at: new Date(Date.now() - 60_000).toISOString(),
    }
    const [first, second] = await Promise.all([
      api("/admin/counter-sales", { token: world.clerk.token, body: sale }),
      api("/admin/counter-sales", { token: world.clerk.token, body: sale }),
    ])
    const third = await api("/admin/counter-sales", { token: world.clerk.token, body: sale })
    expect([first.status, second.status].sort(), JSON.stringify([first.body, second.body])).toEqual([200, 201])
    expect(third.status).toBe(200)
    expect(third.body.replayed).toBe(true)
    expect(new Set([first, second, third].map((r) => r.body.counter_sale.order_id)).size).toBe(1)
    const orders = await sqlRows(`SELECT id FROM "order" WHERE metadata->>'idempotency_key' = $1`, [
      sale.idempotency_key,
    ])
    expect(orders).toHaveLength(1)
    expect(third.body.counter_sale.flag).toBe("below_zero")
    expect(await levelAt(product.inventoryItemId, world.place.stock_location_id)).toMatchObject({ stocked: -1 })
    const flagged = await api(`/admin/counter-sales?flagged=true&point_of_sale_id=${world.place.id}`, {
      token: world.admin,
    })
    expect(flagged.body.counter_sales.map((s: { id: string }) => s.id)).toContain(third.body.counter_sale.id)
  })

  it("refuses a live sale without stock, bad payments and discounts above the limit, changing nothing", async () => {
    const product = await productAt(world.admin, world.place, 2, 10, 100_000)
    const session = (
      await api(`/admin/register-sessions?point_of_sale_id=${world.place.id}&status=open`, { token: world.clerk.token })
    ).body.register_sessions[0].id
    const tooMany = await sell(world.clerk.token, session, {
      lines: [{ variant_id: product.variantId, quantity: 3 }],
      payments: [{ method: "cash", amount: 300_000 }],
    })
    expect(tooMany.status).toBe(400)
    expect(tooMany.body.code).toBe("out_of_stock")
    const short = await sell(
      world.clerk.token,
      session,
      { lines: [{ variant_id: product.variantId, quantity: 1 }], payments: [{ method: "cash", amount: 90_000 }] },
      { "accept-language": "en" },
    )
    expect(short.body).toMatchObject({
      code: "payments_do_not_match_total",
      message: "Payments must add up to the total",
    })
    const card = await sell(world.clerk.token, session, {
      lines: [{ variant_id: product.variantId, quantity: 1 }],
      payments: [{ method: "card", amount: 100_000 }],
    })
    expect(card.body.code).toBe("card_reference_required")
    const discount = {
      lines: [{ variant_id: product.variantId, quantity: 1, discount: 20_000 }],
      payments: [{ method: "cash", amount: 80_000 }],
    }
    const refused = await sell(world.clerk.token, session, discount)
    expect(refused.body).toMatchObject({ code: "discount_needs_approval" })
    expect(refused.body.message).toContain("quản lý duyệt")
    const wrong = await sell(world.clerk.token, session, {
      ...discount,
      approval: { email: world.promotion.email, password: "wrong-password" },
    })
    expect(wrong.body.code).toBe("approval_invalid")
    expect(await levelAt(product.inventoryItemId, world.place.stock_location_id)).toMatchObject({
      stocked: 2,
      reserved: 0,
    })
    const invalid = await api("/admin/counter-sales", { token: world.clerk.token, body: { lines: [] } })
    expect(invalid.status).toBe(400)
    expect(invalid.body.errors.idempotency_key).toBeTruthy()
  })

  it("takes split payments: cash with change, VietQR and card with its reference", async () => {
    const product = await productAt(world.admin, world.place, 4, 10, 200_000)
    const session = (
      await api(`/admin/register-sessions?point_of_sale_id=${world.place.id}&status=open`, { token: world.clerk.token })
    ).body.register_sessions[0].id
    const res = await sell(world.clerk.token, session, {
      lines: [{ variant_id: product.variantId, quantity: 3 }],
      payments: [
        { method: "cash", amount: 100_000, tendered: 200_000 },
        { method: "vietqr", amount: 300_000 },
        { method: "card", amount: 200_000, reference: "TID-778812" },
      ],
      buyer: { name: "Nguyễn Thị Mai", email: "mai@example.vn" },
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const payments = await sqlRows<{ provider_id: string; amount: string; captured: boolean }>(
      `SELECT p.provider_id, p.amount::text AS amount, p.captured_at IS NOT NULL AS captured FROM order_payment_collection opc
       JOIN payment p ON p.payment_collection_id = opc.payment_collection_id WHERE opc.order_id = $1 ORDER BY p.amount`,
      [res.body.counter_sale.order_id],
    )
    expect(payments.map((p) => [p.provider_id, Number(p.amount), p.captured])).toEqual([
      ["pp_system_default", 100_000, true],
      ["pp_system_default", 200_000, true],
      ["pp_vietqr_vietqr", 300_000, true],
    ])
  })

  it("keeps a clerk to their own place", async () => {
    const other = await createPlace(world.admin)
    const product = await productAt(world.admin, other, 3)
    const otherSession = await openSession(world.admin, other.registerId)
    const sale = await sell(world.clerk.token, otherSession, {
      lines: [{ variant_id: product.variantId, quantity: 1 }],
      payments: [{ method: "cash", amount: 150_000 }],
    })
    expect(sale.status).toBe(403)
    expect(sale.body.code).toBe("not_your_place")
    expect((await api(`/admin/points-of-sale/${other.id}/registers`, { token: world.clerk.token })).status).toBe(403)
    expect((await api(`/admin/register-sessions/${otherSession}`, { token: world.clerk.token })).status).toBe(403)
    const list = await api("/admin/points-of-sale", { token: world.clerk.token })
    expect(list.body.points_of_sale.map((p: { id: string }) => p.id)).toEqual([world.place.id])
    expect(await levelAt(product.inventoryItemId, other.stock_location_id)).toMatchObject({ stocked: 3 })
    // A clerk reaches neither the register of products nor online orders.
    expect((await api("/admin/products", { token: world.clerk.token })).status).toBe(403)
    expect((await api("/admin/ocop-orders", { token: world.clerk.token })).status).toBe(403)
    expect((await api("/admin/points-of-sale", { token: world.clerk.token, body: {} })).status).toBe(403)
    const twoPlaces = await clerkOf(world.admin, [world.place.id, other.id])
    expect((await api(`/admin/register-sessions/${otherSession}`, { token: twoPlaces.token })).status).toBe(200)
  })
})
