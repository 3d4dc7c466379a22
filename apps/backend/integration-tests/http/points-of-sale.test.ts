import crypto from "node:crypto"
import { beforeAll, describe, expect, inject, it } from "vitest"
import { seededStore, sqlRows } from "./checkout-helpers"
import { clerkOf, counterWorld, createPlace, levelAt, openSession, productAt, sell } from "./counter-helpers"
import { api } from "./helpers"
import { buyer, placeOrder } from "./order-helpers"

let world: Awaited<ReturnType<typeof counterWorld>>

beforeAll(async () => {
  world = await counterWorld()
})

/** Units of an item at every location, and what is recorded as lost in transfers. */
async function totalUnits(inventoryItemId: string) {
  const [row] = await sqlRows<{ units: number }>(
    "SELECT COALESCE(sum(stocked_quantity), 0)::int AS units FROM inventory_level WHERE inventory_item_id = $1 AND deleted_at IS NULL",
    [inventoryItemId],
  )
  return row!.units
}

describe("stock transfers", () => {
  it("moves stock from the warehouse to a place, keeping the total but for what is recorded lost", async () => {
    const product = await productAt(world.admin, world.place, 2, 20)
    const before = await totalUnits(product.inventoryItemId)
    const draft = await api("/admin/stock-transfers", {
      token: world.promotion.token,
      body: {
        from_location_id: product.warehouseId,
        to_location_id: world.place.stock_location_id,
        lines: [{ variant_id: product.variantId, quantity: 6 }],
      },
    })
    expect(draft.status, JSON.stringify(draft.body)).toBe(201)
    const id = draft.body.stock_transfer.id
    // A clerk does not send stock; trade promotion does.
    expect((await api(`/admin/stock-transfers/${id}/send`, { token: world.clerk.token, body: {} })).status).toBe(403)
    const sent = await api(`/admin/stock-transfers/${id}/send`, { token: world.promotion.token, body: {} })
    expect(sent.body.stock_transfer.status).toBe("sent")
    expect(await levelAt(product.inventoryItemId, product.warehouseId)).toMatchObject({ stocked: 20, reserved: 6 })
    expect(await levelAt(product.inventoryItemId, world.place.stock_location_id)).toMatchObject({
      stocked: 2,
      incoming: 6,
    })
    const lineId = sent.body.stock_transfer.lines[0].id
    const noReason = await api("/admin/stock-transfer-receipts", {
      token: world.clerk.token,
      body: { transfer_id: id, lines: [{ line_id: lineId, received_quantity: 5 }] },
    })
    expect(noReason.body.code).toBe("loss_reason_required")
    const received = await api("/admin/stock-transfer-receipts", {
      token: world.clerk.token,
      body: {
        transfer_id: id,
        lines: [{ line_id: lineId, received_quantity: 5, loss_reason: "damaged", loss_note: "Vỡ 1 hộp" }],
      },
    })
    expect(received.status, JSON.stringify(received.body)).toBe(201)
    expect(received.body.stock_transfer).toMatchObject({
      status: "received",
      totals: { sent: 6, received: 5, lost: 1 },
    })
    expect(await levelAt(product.inventoryItemId, product.warehouseId)).toMatchObject({ stocked: 14, reserved: 0 })
    expect(await levelAt(product.inventoryItemId, world.place.stock_location_id)).toMatchObject({
      stocked: 7,
      incoming: 0,
    })
    expect(await totalUnits(product.inventoryItemId)).toBe(before - 1)
    const again = await api("/admin/stock-transfer-receipts", {
      token: world.clerk.token,
      body: { transfer_id: id, lines: [{ line_id: lineId, received_quantity: 6 }] },
    })
    expect(again.body.code).toBe("transfer_not_sent")
  })

  it("refuses to send more than the source has, and lets only the destination's clerk receive", async () => {
    const other = await createPlace(world.admin)
    const product = await productAt(world.admin, world.place, 1, 3)
    const tooMany = await api("/admin/stock-transfers", {
      token: world.promotion.token,
      body: {
        from_location_id: product.warehouseId,
        to_location_id: other.stock_location_id,
        lines: [{ variant_id: product.variantId, quantity: 4 }],
      },
    })
    const refused = await api(`/admin/stock-transfers/${tooMany.body.stock_transfer.id}/send`, {
      token: world.promotion.token,
      body: {},
    })
    expect(refused.body.code).toBe("out_of_stock")
    expect(await levelAt(product.inventoryItemId, product.warehouseId)).toMatchObject({ stocked: 3, reserved: 0 })
    const fine = await api("/admin/stock-transfers", {
      token: world.promotion.token,
      body: {
        from_location_id: product.warehouseId,
        to_location_id: other.stock_location_id,
        lines: [{ variant_id: product.variantId, quantity: 2 }],
      },
    })
    const id = fine.body.stock_transfer.id
    await api(`/admin/stock-transfers/${id}/send`, { token: world.promotion.token, body: {} })
    const lineId = fine.body.stock_transfer.lines[0].id
    const stranger = await api("/admin/stock-transfer-receipts", {
      token: world.clerk.token,
      body: { transfer_id: id, lines: [{ line_id: lineId, received_quantity: 2 }] },
    })
    expect(stranger.status).toBe(403)
    expect((await api(`/admin/stock-transfers/${id}`, { token: world.clerk.token })).status).toBe(403)
    const theirs = await clerkOf(world.admin, [other.id])
    const ok = await api("/admin/stock-transfer-receipts", {
      token: theirs.token,
      body: { transfer_id: id, lines: [{ line_id: lineId, received_quantity: 2 }] },
    })
    expect(ok.status, JSON.stringify(ok.body)).toBe(201)
  })
})

describe("cash registers", () => {
  it("expects exactly the sum of the drawer's movements and asks for a note above the threshold", async () => {
    const register = await api(`/admin/points-of-sale/${world.place.id}/registers`, {
      token: world.admin,
      body: { name: `Quầy ${crypto.randomUUID().slice(0, 6)}` },
    })
    const session = await openSession(world.clerk.token, register.body.register.id, 300_000)
    const again = await api("/admin/register-sessions", {
      token: world.clerk.token,
      body: { register_id: register.body.register.id, opening_float: 1 },
    })
    expect(again.body.code).toBe("session_already_open")
    const product = await productAt(world.admin, world.place, 10, 0, 120_000)
    const cashSale = await sell(world.clerk.token, session, {
      lines: [{ variant_id: product.variantId, quantity: 2 }],
      payments: [{ method: "cash", amount: 240_000, tendered: 300_000 }],
    })
    expect(cashSale.status).toBe(201)
    await sell(world.clerk.token, session, {
      lines: [{ variant_id: product.variantId, quantity: 1 }],
      payments: [{ method: "vietqr", amount: 120_000 }],
    })
    await api(`/admin/register-sessions/${session}/movements`, {
      token: world.clerk.token,
      body: { kind: "cash_in", amount: 50_000, reason: "Đổi tiền lẻ" },
    })
    await api(`/admin/register-sessions/${session}/movements`, {
      token: world.clerk.token,
      body: { kind: "cash_out", amount: 30_000, reason: "Mua túi đựng hàng" },
    })
    const refund = await api(`/admin/counter-sales/${cashSale.body.counter_sale.id}/returns`, {
      token: world.clerk.token,
      body: { register_session_id: session, lines: [{ line_id: "0", quantity: 1 }], reason: "Khách đổi ý" },
    })
    expect(refund.status, JSON.stringify(refund.body)).toBe(201)
    const view = (await api(`/admin/register-sessions/${session}`, { token: world.clerk.token })).body.register_session
    const sum = view.movements.reduce((a: number, m: { amount: number }) => a + m.amount, 0)
    expect(view.expected_cash).toBe(sum)
    expect(view.expected_cash).toBe(300_000 + 240_000 + 50_000 - 30_000 - 120_000)
    const short = await api(`/admin/register-sessions/${session}/close`, {
      token: world.clerk.token,
      body: { counted: { "200000": 2 } },
    })
    expect(short.body.code).toBe("difference_needs_note")
    const closed = await api(`/admin/register-sessions/${session}/close`, {
      token: world.clerk.token,
      body: { counted: { "200000": 2 }, note: "Thiếu 40.000 đ, trả nhầm tiền thừa" },
    })
    expect(closed.body.register_session).toMatchObject({
      status: "closed",
      expected_cash: sum,
      counted_cash: 400_000,
      difference: 400_000 - sum,
    })
    const report = await api(`/admin/points-of-sale/${world.place.id}/day-report`, { token: world.clerk.token })
    expect(
      report.body.day_report.by_method.find((m: { method: string }) => m.method === "vietqr").paid,
    ).toBeGreaterThanOrEqual(120_000)
    const pdf = await fetch(`${inject("backendUrl")}/admin/points-of-sale/${world.place.id}/day-report?format=pdf`, {
      headers: { authorization: `Bearer ${world.clerk.token}` },
    })
    expect(pdf.headers.get("content-type")).toContain("application/pdf")
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 4)
        .toString(),
    ).toBe("%PDF")
  })

  it("voids a sale only with a manager's approval, restoring stock and refunding each method", async () => {
    const session = await openSession(
      world.clerk.token,
      (
        await api(`/admin/points-of-sale/${world.place.id}/registers`, {
          token: world.admin,
          body: { name: `V-${crypto.randomUUID().slice(0, 6)}` },
        })
      ).body.register.id,
    )
    const product = await productAt(world.admin, world.place, 4, 0, 100_000)
    const sale = await sell(world.clerk.token, session, {
      lines: [{ variant_id: product.variantId, quantity: 3 }],
      payments: [
        { method: "cash", amount: 100_000 },
        { method: "card", amount: 200_000, reference: "TID-1" },
      ],
    })
    const id = sale.body.counter_sale.id
    const body = { register_session_id: session, kind: "void", reason: "Nhập nhầm" }
    expect((await api(`/admin/counter-sales/${id}/returns`, { token: world.clerk.token, body })).body.code).toBe(
      "void_needs_approval",
    )
    const password = world.promotion.password
    const voided = await api(`/admin/counter-sales/${id}/returns`, {
      token: world.clerk.token,
      body: { ...body, approval: { email: world.promotion.email, password } },
    })
    expect(voided.status, JSON.stringify(voided.body)).toBe(201)
    expect(voided.body.counter_sale).toMatchObject({ status: "voided", refunded_total: 300_000 })
    expect(voided.body.counter_sale.returns[0].refunds).toEqual([
      { method: "cash", amount: 100_000, payment_id: expect.any(String) },
      { method: "card", amount: 200_000, payment_id: expect.any(String) },
    ])
    expect(await levelAt(product.inventoryItemId, world.place.stock_location_id)).toMatchObject({ stocked: 4 })
    const [payments] = await sqlRows<{ refunded: string }>(
      `SELECT sum(r.amount)::text AS refunded FROM order_payment_collection opc JOIN payment p ON p.payment_collection_id = opc.payment_collection_id
       JOIN refund r ON r.payment_id = p.id WHERE opc.order_id = $1`,
      [sale.body.counter_sale.order_id],
    )
    expect(Number(payments!.refunded)).toBe(300_000)
    const receipt = await fetch(`${inject("backendUrl")}/admin/counter-sales/${id}/receipt`, {
      headers: { authorization: `Bearer ${world.clerk.token}` },
    })
    expect(
      Buffer.from(await receipt.arrayBuffer())
        .subarray(0, 4)
        .toString(),
    ).toBe("%PDF")
  })
})

describe("pickup queue and the shop's pages", () => {
  it("prepares, announces and hands over a storefront pickup order with its code; releases an uncollected one", async () => {
    const { key, vnRegionId } = await seededStore()
    const places = await api("/admin/points-of-sale?q=sa pa", { token: world.admin })
    const sapa = places.body.points_of_sale.find((p: { code: string }) => p.code === "sa-pa")
    const product = await productAt(world.admin, world.place, 0, 5)
    const tag = crypto.randomUUID().slice(0, 8)
    const order = await placeOrder(key, vnRegionId, {
      variantId: product.variantId,
      provider: "cod",
      pickup: "sa-pa",
      buyer: buyer(tag),
    })
    const queue = async (state: string) =>
      (
        await api(`/admin/pickup-queue?point_of_sale_id=${sapa.id}&state=${state}`, { token: world.admin })
      ).body.pickup_orders.map((o: { id: string }) => o.id)
    expect(await queue("to_prepare")).toContain(order.id)
    // The clerk of another place sees nothing of Sa Pa's queue.
    expect((await api(`/admin/pickup-queue?point_of_sale_id=${sapa.id}`, { token: world.clerk.token })).status).toBe(
      403,
    )
    const ready = await api(`/admin/pickup-queue/${order.id}/ready`, {
      token: world.admin,
      body: { point_of_sale_id: sapa.id },
    })
    expect(ready.status, JSON.stringify(ready.body)).toBe(200)
    expect(await queue("ready")).toContain(order.id)
    const pickup = await api(`/store/orders/${order.id}/pickup`, { key })
    expect(pickup.body.pickup.pickup_code).toMatch(/^\d{6}$/)
    const wrong = await api(`/admin/pickup-queue/${order.id}/hand-over`, {
      token: world.admin,
      body: {
        point_of_sale_id: sapa.id,
        pickup_code: pickup.body.pickup.pickup_code === "000000" ? "111111" : "000000",
      },
    })
    expect(wrong.body.code).toBe("pickup_code_wrong")
    const session = await openSession(
      world.admin,
      (await api(`/admin/points-of-sale/${sapa.id}/registers`, { token: world.admin, body: { name: `P-${tag}` } })).body
        .register.id,
      0,
    )
    const handed = await api(`/admin/pickup-queue/${order.id}/hand-over`, {
      token: world.admin,
      body: { point_of_sale_id: sapa.id, pickup_code: pickup.body.pickup.pickup_code, register_session_id: session },
    })
    expect(handed.status, JSON.stringify(handed.body)).toBe(200)
    expect(await queue("handed_over")).toContain(order.id)
    const drawer = (await api(`/admin/register-sessions/${session}`, { token: world.admin })).body.register_session
    expect(drawer.expected_cash).toBe(order.total)

    const late = await placeOrder(key, vnRegionId, {
      variantId: product.variantId,
      provider: "cod",
      pickup: "sa-pa",
      buyer: buyer(`${tag}b`),
    })
    await api(`/admin/pickup-queue/${late.id}/ready`, { token: world.admin, body: { point_of_sale_id: sapa.id } })
    const early = await api(`/admin/pickup-queue/${late.id}/not-collected`, {
      token: world.admin,
      body: { point_of_sale_id: sapa.id },
    })
    expect(early.body.code).toBe("pickup_not_due")
    const before = await levelAt(product.inventoryItemId, product.warehouseId)
    await sqlRows(
      `UPDATE "order" SET metadata = metadata || jsonb_build_object('pickup_ready_at', (now() - interval '8 days')::text) WHERE id = $1`,
      [late.id],
    )
    const released = await api(`/admin/pickup-queue/${late.id}/not-collected`, {
      token: world.admin,
      body: { point_of_sale_id: sapa.id },
    })
    expect(released.status, JSON.stringify(released.body)).toBe(200)
    expect(await queue("not_collected")).toContain(late.id)
    expect((await levelAt(product.inventoryItemId, product.warehouseId)).stocked).toBe(before.stocked + 1)
  })

  it("lists the showrooms with their hours and what each has in stock", async () => {
    const { key } = await seededStore()
    const list = await api("/store/points-of-sale", { key })
    expect(list.status).toBe(200)
    const sapa = list.body.points_of_sale.find((p: { handle: string }) => p.handle === "sa-pa")
    expect(sapa).toMatchObject({ name: "Điểm bán OCOP Sa Pa", address: expect.stringContaining("Lào Cai") })
    expect(sapa.opening_hours[0]).toMatchObject({ opens: "07:30", closes: "21:30" })
    const page = await api("/store/points-of-sale/sa-pa", { key })
    expect(page.body.point_of_sale.products.map((p: { handle: string }) => p.handle)).toContain("nam-huong-sa-pa")
    expect(page.body.point_of_sale.products.every((p: { units: number }) => p.units > 0)).toBe(true)
    const having = await api("/store/points-of-sale?product=nam-huong-sa-pa", { key })
    expect(having.body.points_of_sale.map((p: { handle: string }) => p.handle).sort()).toEqual([
      "lao-cai-city",
      "sa-pa",
    ])
    expect((await api("/store/points-of-sale/khong-co", { key })).status).toBe(404)
  })
})
