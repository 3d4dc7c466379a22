import { beforeAll, describe, expect, it, vi } from "vitest"
import { parseVietQrPayload } from "@ocop/domain"
import { adminToken, api } from "./helpers"
import { stockedVariant } from "./order-helpers"
import { readyCart, seededStore, sqlRows } from "./checkout-helpers"

let key: string
let vnRegionId: string
let token: string

beforeAll(async () => {
  ;({ key, vnRegionId } = await seededStore())
  token = await adminToken()
})

describe("completing a cart", () => {
  it("twice, even at the same moment, makes one order", async () => {
    const { variantId } = await stockedVariant(token, 10, 120_000)
    const cartId = await readyCart(key, {
      regionId: vnRegionId,
      items: [{ variant_id: variantId, quantity: 1 }],
      provider: "pp_system_default",
    })
    const [a, b] = await Promise.all([
      api(`/store/carts/${cartId}/complete`, { key, method: "POST" }),
      api(`/store/carts/${cartId}/complete`, { key, method: "POST" }),
    ])
    const retry = await api(`/store/carts/${cartId}/complete`, { key, method: "POST" })
    const ids = [a, b, retry].filter((r) => r.body?.type === "order").map((r) => r.body.order.id)
    expect(ids.length, JSON.stringify([a.body, b.body])).toBeGreaterThanOrEqual(2)
    expect(new Set(ids).size).toBe(1)
    expect(retry.body.order.id).toBe(ids[0])
    const orders = await sqlRows<{ n: number }>(
      "SELECT count(*)::int AS n FROM order_cart WHERE cart_id = $1 AND deleted_at IS NULL",
      [cartId],
    )
    expect(orders[0].n).toBe(1)
  })

  it("20 buyers racing for 5 units get exactly 5 orders and leave no stock", { timeout: 180_000 }, async () => {
    const { variantId, inventoryItemId, warehouseId: locationId } = await stockedVariant(token, 5, 120_000)
    const carts: string[] = []
    for (let i = 0; i < 20; i++) {
      carts.push(
        await readyCart(key, {
          regionId: vnRegionId,
          items: [{ variant_id: variantId, quantity: 1 }],
          provider: "pp_system_default",
        }),
      )
    }
    // A buyer told "busy" (409, Retry-After) sends the same completion again, as the storefront does.
    const complete = async (id: string) => {
      for (let attempt = 1; ; attempt++) {
        const res = await api(`/store/carts/${id}/complete`, { key, method: "POST" })
        if (res.status !== 409 || res.body?.code !== "busy" || attempt === 5) return res
      }
    }
    const results = await Promise.all(carts.map(complete))
    const placed = results.filter((r) => r.status === 200 && r.body.type === "order")
    expect(placed.length, JSON.stringify(results.map((r) => [r.status, r.body?.type, r.body?.message]))).toBe(5)
    for (const refused of results.filter((r) => !(r.status === 200 && r.body.type === "order"))) {
      expect(refused.status).toBeLessThan(500)
    }
    const [level] = await sqlRows<{ stocked: number; reserved: number }>(
      "SELECT stocked_quantity::int AS stocked, reserved_quantity::int AS reserved FROM inventory_level WHERE inventory_item_id = $1 AND location_id = $2",
      [inventoryItemId, locationId],
    )
    expect(level.stocked - level.reserved).toBe(0)
    expect(level.reserved).toBe(5)
  })
})

describe("VietQR bank transfer", () => {
  it("gives the order's code: total in đồng, order number as the note, valid CRC; awaiting payment", async () => {
    const { variantId } = await stockedVariant(token, 10, 137_500)
    const cartId = await readyCart(key, {
      regionId: vnRegionId,
      items: [{ variant_id: variantId, quantity: 2 }],
      provider: "pp_vietqr_vietqr",
    })
    const done = await api(`/store/carts/${cartId}/complete`, { key, method: "POST" })
    expect(done.body.type, JSON.stringify(done.body)).toBe("order")
    const order = done.body.order
    expect(order.total).toBe(305_000) // 2 × 137.500 ₫ + 30.000 ₫ delivery, VAT included
    const res = await api(`/store/orders/${order.id}/vietqr`, { key })
    expect(res.status).toBe(200)
    const qr = res.body.vietqr
    expect(qr).toMatchObject({
      amount: 305_000,
      note: `OCOP ${order.display_id}`,
      bank_bin: "970436",
      sample_account: true,
      paid: false,
    })
    expect(parseVietQrPayload(qr.payload)).toMatchObject({
      bankBin: qr.bank_bin,
      accountNumber: qr.account_number,
      amount: 305_000,
      note: `OCOP ${order.display_id}`,
      currency: "704",
      pointOfInitiation: "dynamic",
    })
    const stored = await api(`/store/orders/${order.id}?fields=payment_status`, { key })
    expect(stored.body.order.payment_status).toBe("authorized")

    // Staff see the transfer arrive and mark the order paid: a capture of its payment.
    const admin = await api(`/admin/orders/${order.id}?fields=payment_collections.payments.id`, { token })
    const paymentId = admin.body.order.payment_collections[0].payments[0].id
    expect((await api(`/admin/payments/${paymentId}/capture`, { token, body: {} })).status).toBe(200)
    expect((await api(`/store/orders/${order.id}/vietqr`, { key })).body.vietqr.paid).toBe(true)
    expect((await api(`/store/orders/${order.id}?fields=payment_status`, { key })).body.order.payment_status).toBe(
      "captured",
    )
  })

  it("sends the buyer an order-placed email through the notification module", async () => {
    const { variantId } = await stockedVariant(token, 10, 120_000)
    const cartId = await readyCart(key, {
      regionId: vnRegionId,
      items: [{ variant_id: variantId, quantity: 1 }],
      provider: "pp_system_default",
    })
    const done = await api(`/store/carts/${cartId}/complete`, { key, method: "POST" })
    const orderId = done.body.order.id
    // The subscriber runs after the response: wait until the event bus has delivered it.
    const rows = await vi.waitFor(
      async () => {
        const found = await sqlRows<{ to: string; template: string; channel: string }>(
          'SELECT "to", template, channel FROM notification WHERE resource_id = $1',
          [orderId],
        )
        if (!found.length) throw new Error("no notification recorded yet")
        return found
      },
      { timeout: 60_000, interval: 250 },
    )
    expect(rows).toEqual([{ to: "buyer@example.vn", template: "order-placed", channel: "email" }])
  })

  it("is 404 for an order paid in cash", async () => {
    const { variantId } = await stockedVariant(token, 10, 120_000)
    const cartId = await readyCart(key, {
      regionId: vnRegionId,
      items: [{ variant_id: variantId, quantity: 1 }],
      provider: "pp_system_default",
      pickup: true,
    })
    const done = await api(`/store/carts/${cartId}/complete`, { key, method: "POST" })
    expect(done.body.order.shipping_methods[0].name).toBe("Nhận tại Điểm bán OCOP Sa Pa")
    expect(done.body.order.total).toBe(120_000)
    expect((await api(`/store/orders/${done.body.order.id}/vietqr`, { key })).status).toBe(404)
  })
})
