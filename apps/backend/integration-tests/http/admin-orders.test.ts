import { beforeAll, describe, expect, it } from "vitest"
import { api, unique } from "./helpers"
import { seededStore, sqlRows } from "./checkout-helpers"
import {
  buyer,
  orderAction,
  orderStaff,
  orderView,
  placeOrder,
  stockAt,
  stockedVariant,
  type StockedVariant,
} from "./order-helpers"

let key: string
let regionId: string
let staff: Awaited<ReturnType<typeof orderStaff>>
let stock: StockedVariant

beforeAll(async () => {
  ;({ key, vnRegionId: regionId } = await seededStore())
  staff = await orderStaff()
  stock = await stockedVariant(staff.admin, 50)
})

const order = (provider: "cod" | "vietqr", pickup?: string, quantity = 1) =>
  placeOrder(key, regionId, { variantId: stock.variantId, quantity, provider, pickup, buyer: buyer(unique()) })

const showroom = async (code: string) =>
  (await sqlRows<{ id: string }>("SELECT id FROM stock_location WHERE metadata->>'point_of_sale' = $1", [code]))[0]!.id

/** Expects a 400 refusal with the rule's code; returns the body. */
async function refused(res: { status: number; body: any }, code: string) {
  expect(res.status, JSON.stringify(res.body)).toBe(400)
  expect(res.body).toMatchObject({ type: "not_allowed", code })
  return res.body
}

describe("a cash-on-delivery order shipped by carrier", () => {
  it("ships with its tracking number, is delivered, then paid and completed", async () => {
    const placed = await order("cod", undefined, 2)
    const token = staff.promotion
    const before = await stockAt(stock.inventoryItemId, stock.warehouseId)
    const view = await orderView(token, placed.id)
    expect(view).toMatchObject({
      delivery: "ship",
      pickup_point: null,
      payment_method: "cod",
      payment_status: "authorized",
    })
    expect(view.available_actions).toEqual(["mark_paid", "ship", "cancel"])

    await refused(await orderAction(token, placed.id, "ready-for-pickup"), "delivery_order")
    const shipped = await orderAction(token, placed.id, "ship", {
      tracking_number: "VN123456789VN",
      tracking_url: "https://vnpost.vn/tra-cuu/VN123456789VN",
    })
    expect(shipped.status, JSON.stringify(shipped.body)).toBe(200)
    expect(shipped.body.order).toMatchObject({
      fulfillment_status: "shipped",
      available_actions: ["mark_paid", "delivered"],
    })
    const [fulfillment] = shipped.body.order.fulfillments
    expect(fulfillment.location_id).toBe(stock.warehouseId)
    expect(fulfillment.shipped_at).toBeTruthy()
    expect(fulfillment.labels[0]).toMatchObject({
      tracking_number: "VN123456789VN",
      tracking_url: "https://vnpost.vn/tra-cuu/VN123456789VN",
    })
    // The two boxes left the warehouse: stock and reservation both went down.
    expect(await stockAt(stock.inventoryItemId, stock.warehouseId)).toEqual({
      stocked: before.stocked - 2,
      reserved: before.reserved - 2,
    })

    const again = await refused(
      await orderAction(token, placed.id, "ship", { tracking_number: "VN999" }),
      "nothing_to_fulfil",
    )
    expect(again.message).toBe("Hàng của đơn đã được chuẩn bị hoặc gửi đi rồi")
    const cancel = await refused(
      await orderAction(token, placed.id, "cancel", { reason: "Khách đổi ý" }, true),
      "already_fulfilled",
    )
    expect(cancel.message).toBe("This order has already been prepared or shipped, so it can no longer be cancelled")
    const unchanged = await orderView(token, placed.id)
    expect(unchanged).toMatchObject({ status: "pending", cancel_reason: null })
    expect(unchanged.fulfillments).toHaveLength(1)

    expect((await orderAction(token, placed.id, "delivered")).body.order).toMatchObject({
      fulfillment_status: "delivered",
      status: "pending",
    })
    const paid = await orderAction(token, placed.id, "mark-paid")
    expect(paid.status).toBe(200)
    expect(paid.body.order).toMatchObject({ payment_status: "captured", status: "completed", available_actions: [] })
    await refused(await orderAction(token, placed.id, "mark-paid"), "already_paid")
  })

  it("can be paid before it is shipped, and is not completed until delivered", async () => {
    const placed = await order("cod")
    const token = staff.promotion
    expect((await orderAction(token, placed.id, "mark-paid")).body.order).toMatchObject({
      payment_status: "captured",
      status: "pending",
    })
    await refused(await orderAction(token, placed.id, "delivered"), "not_shipped")
    expect((await orderAction(token, placed.id, "ship", { tracking_number: "VN42" })).status).toBe(200)
    expect((await orderAction(token, placed.id, "delivered")).body.order).toMatchObject({ status: "completed" })
  })
})

describe("a VietQR order collected at a showroom", () => {
  it("is paid by transfer, made ready at its showroom, then picked up", async () => {
    const placed = await order("vietqr", "bac-ha")
    const token = staff.promotion
    const bacHa = await showroom("bac-ha")
    const view = await orderView(token, placed.id)
    expect(view).toMatchObject({
      delivery: "pickup",
      payment_method: "vietqr",
      pickup_point: { code: "bac-ha", name: "Điểm bán OCOP Bắc Hà", location_id: bacHa },
    })
    expect(view.available_actions).toEqual(["mark_paid", "ready_for_pickup", "cancel"])

    await refused(await orderAction(token, placed.id, "ship", { tracking_number: "VN1" }), "pickup_order")
    await refused(await orderAction(token, placed.id, "picked-up"), "not_ready")
    const before = await stockAt(stock.inventoryItemId, stock.warehouseId)
    const ready = await orderAction(token, placed.id, "ready-for-pickup")
    expect(ready.status, JSON.stringify(ready.body)).toBe(200)
    expect(ready.body.order).toMatchObject({ fulfillment_status: "fulfilled", available_actions: ["mark_paid"] })
    // The unit came off the warehouse, which sends the parcel to the Bắc Hà showroom: pickup options
    // belong to the warehouse, so the showroom's own shelf is kept for its counter (decision 024).
    expect(ready.body.order.fulfillments[0].location_id).toBe(stock.warehouseId)
    expect(await stockAt(stock.inventoryItemId, stock.warehouseId)).toEqual({
      stocked: before.stocked - 1,
      reserved: before.reserved - 1,
    })

    const unpaid = await refused(await orderAction(token, placed.id, "picked-up", {}, true), "not_paid_yet")
    expect(unpaid.message).toMatch(/payment is not recorded yet/)
    const paid = await orderAction(token, placed.id, "mark-paid")
    expect(paid.body.order).toMatchObject({ payment_status: "captured", available_actions: ["picked_up"] })
    expect((await api(`/store/orders/${placed.id}/vietqr`, { key })).body.vietqr.paid).toBe(true)
    const [payment] = await sqlRows<{ captured_at: Date | null }>(
      "SELECT p.captured_at FROM payment p JOIN order_payment_collection opc ON opc.payment_collection_id = p.payment_collection_id WHERE opc.order_id = $1",
      [placed.id],
    )
    expect(payment.captured_at).not.toBeNull()
    const twice = await refused(await orderAction(token, placed.id, "mark-paid", {}, true), "already_paid")
    expect(twice.message).toBe("The payment of this order has already been recorded")

    const collected = await orderAction(token, placed.id, "picked-up")
    expect(collected.body.order).toMatchObject({
      status: "completed",
      fulfillment_status: "delivered",
      available_actions: [],
    })
    await refused(await orderAction(token, placed.id, "picked-up"), "not_ready")
  })

  it("paid in cash at the counter: mark collected, then picked up", async () => {
    const placed = await order("cod", "lao-cai-city")
    const token = staff.promotion
    expect((await orderView(token, placed.id)).pickup_point.code).toBe("lao-cai-city")
    expect((await orderAction(token, placed.id, "ready-for-pickup")).status).toBe(200)
    await refused(await orderAction(token, placed.id, "ready-for-pickup"), "nothing_to_fulfil")
    await refused(await orderAction(token, placed.id, "delivered"), "pickup_order")
    expect((await orderAction(token, placed.id, "mark-paid")).body.order.payment_status).toBe("captured")
    expect((await orderAction(token, placed.id, "picked-up")).body.order.status).toBe("completed")
  })
})

describe("cancelling an order", () => {
  it("keeps the reason, releases the reservation and refuses every later action", async () => {
    const placed = await order("cod", "sa-pa", 3)
    const token = staff.promotion
    const before = await stockAt(stock.inventoryItemId, stock.warehouseId)
    const blank = await orderAction(token, placed.id, "cancel", { reason: "  " })
    expect(blank.status).toBe(400)
    expect(blank.body.errors).toEqual({ reason: "Vui lòng nhập thông tin này" })
    expect((await orderAction(token, placed.id, "cancel", {})).body.errors.reason).toBeTruthy()

    const canceled = await orderAction(token, placed.id, "cancel", { reason: "Khách gọi điện huỷ vì đặt nhầm" })
    expect(canceled.status, JSON.stringify(canceled.body)).toBe(200)
    expect(canceled.body.order).toMatchObject({
      status: "canceled",
      cancel_reason: "Khách gọi điện huỷ vì đặt nhầm",
      payment_status: "canceled",
      available_actions: [],
    })
    expect(canceled.body.order.metadata.canceled_by).toMatch(/^user_/)
    expect(await stockAt(stock.inventoryItemId, stock.warehouseId)).toEqual({
      stocked: before.stocked,
      reserved: before.reserved - 3,
    })

    const again = await refused(await orderAction(token, placed.id, "cancel", { reason: "Lần hai" }), "order_canceled")
    expect(again.message).toBe("Đơn hàng đã bị huỷ, không thể thực hiện thao tác này")
    await refused(await orderAction(token, placed.id, "mark-paid"), "order_canceled")
    await refused(await orderAction(token, placed.id, "ready-for-pickup"), "order_canceled")
    expect((await orderView(token, placed.id)).cancel_reason).toBe("Khách gọi điện huỷ vì đặt nhầm")
  })

  it("of a paid VietQR order records the refund the shop owes", async () => {
    const placed = await order("vietqr")
    expect((await orderAction(staff.promotion, placed.id, "mark-paid")).status).toBe(200)
    const canceled = await orderAction(staff.promotion, placed.id, "cancel", { reason: "Hết hàng" })
    expect(canceled.body.order).toMatchObject({ status: "canceled", payment_status: "refunded" })
  })

  it("refuses a ship on a cancelled order and leaves it as it was", async () => {
    const placed = await order("cod")
    expect((await orderAction(staff.admin, placed.id, "cancel", { reason: "Địa chỉ không giao được" })).status).toBe(
      200,
    )
    await refused(await orderAction(staff.promotion, placed.id, "ship", { tracking_number: "VN1" }), "order_canceled")
    const [row] = await sqlRows<{ n: number }>("SELECT count(*)::int AS n FROM order_fulfillment WHERE order_id = $1", [
      placed.id,
    ])
    expect(row.n).toBe(0)
  })
})

describe("roles and input on the order routes", () => {
  it("lets the OCOP office read orders but not act on them", async () => {
    const placed = await order("vietqr", "sa-pa")
    const token = staff.office
    expect((await api(`/admin/ocop-orders?q=${placed.display_id}`, { token })).status).toBe(200)
    expect((await orderView(token, placed.id)).id).toBe(placed.id)
    for (const [action, body] of [
      ["mark-paid", {}],
      ["ready-for-pickup", {}],
      ["picked-up", {}],
      ["delivered", {}],
      ["ship", { tracking_number: "VN1" }],
      ["cancel", { reason: "Không được phép" }],
    ] as const) {
      const res = await orderAction(token, placed.id, action, body)
      expect(res.status, action).toBe(403)
      expect(res.body.type).toBe("not_allowed")
    }
    // Medusa's own routes are the same area: the office cannot go around ours either.
    expect((await api(`/admin/orders/${placed.id}/cancel`, { token, body: {} })).status).toBe(403)
    // Trade promotion acts on orders, but only through ours: Medusa's cancel would skip the reason.
    expect((await api(`/admin/orders/${placed.id}/cancel`, { token: staff.promotion, body: {} })).status).toBe(403)
    expect(await orderView(staff.promotion, placed.id)).toMatchObject({
      status: "pending",
      payment_status: "authorized",
      fulfillments: [],
    })
  })

  it("gives a user without a role nothing", async () => {
    expect((await api("/admin/ocop-orders", { token: staff.none })).status).toBe(403)
  })

  it("answers bad input with field errors and an unknown order with 404", async () => {
    const placed = await order("cod")
    const token = staff.promotion
    const bad = await orderAction(token, placed.id, "ship", {
      tracking_number: "VN1",
      tracking_url: "javascript:alert(1)",
      carrier: "x",
    })
    expect(bad.status).toBe(400)
    expect(bad.body.errors).toMatchObject({
      tracking_url: "Đường dẫn không hợp lệ",
      carrier: "Trường không được hỗ trợ",
    })
    expect((await orderAction(token, placed.id, "mark-paid", { amount: 1 })).status).toBe(400)
    const missing = await api("/admin/ocop-orders/order_missing", { token, headers: { "accept-language": "en" } })
    expect(missing.status).toBe(404)
    expect(missing.body.message).toBe("No such order")
    expect((await orderAction(token, "order_missing", "mark-paid")).status).toBe(404)
    expect((await orderView(token, placed.id)).fulfillments).toEqual([])
  })
})
