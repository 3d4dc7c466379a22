import pg from "pg"
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest"
import { parseVietQrPayload } from "@ocop/domain"
import { adminToken, api, unique } from "./helpers"
import { failWrites } from "./injected-failure"
import { stockAt, stockedVariant } from "./order-helpers"
import {
  buyerAccount,
  checkoutCart,
  readyCart,
  seededStore,
  shopProduct,
  sqlRows,
  VN_ADDRESS,
} from "./checkout-helpers"

let key: string
let vnRegionId: string
let intlRegionId: string
let token: string
let db: pg.Client

beforeAll(async () => {
  ;({ key, vnRegionId, intlRegionId } = await seededStore())
  token = await adminToken()
  db = new pg.Client({ connectionString: inject("databaseUrl") })
  await db.connect()
})

afterAll(async () => {
  await db?.end()
})

/** What placing a cart's order left: the cart's own fields, its payment records, orders and held stock. */
async function placementTraces(cartId: string) {
  const one = async (sql: string) => (await db.query(sql, [cartId])).rows[0]
  const count = async (sql: string) => Number((await one(sql)).count)
  return {
    cart: await one(
      `SELECT c.email, c.customer_id, c.completed_at, a.company, a.address_1
         FROM cart c LEFT JOIN cart_address a ON a.id = c.shipping_address_id WHERE c.id = $1`,
    ),
    payment_collections: await count(
      `SELECT count(*) FROM payment_collection WHERE deleted_at IS NULL AND id IN
         (SELECT payment_collection_id FROM cart_payment_collection WHERE cart_id = $1)`,
    ),
    payment_links: await count(
      `SELECT count(*) FROM cart_payment_collection WHERE cart_id = $1 AND deleted_at IS NULL`,
    ),
    payment_sessions: await count(
      `SELECT count(*) FROM payment_session WHERE deleted_at IS NULL AND payment_collection_id IN
         (SELECT payment_collection_id FROM cart_payment_collection WHERE cart_id = $1)`,
    ),
    orders: await count(`SELECT count(*) FROM order_cart WHERE cart_id = $1 AND deleted_at IS NULL`),
    reservations: await count(
      `SELECT count(*) FROM reservation_item WHERE deleted_at IS NULL AND line_item_id IN
         (SELECT id FROM cart_line_item WHERE cart_id = $1)`,
    ),
  }
}

describe("placing an order in one request (POST /store/carts/:id/place)", () => {
  it("places a signed-in buyer's pickup order at the showroom, once however often it is sent", async () => {
    const { variantId } = await stockedVariant(token, 10, 120_000)
    const email = `mai-${unique()}@example.vn`
    const buyer = await buyerAccount(key, email)
    const cartId = await checkoutCart(key, {
      regionId: vnRegionId,
      items: [{ variant_id: variantId, quantity: 2 }],
      method: "vietqr",
      pickup: true,
    })
    const place = () => api(`/store/carts/${cartId}/place`, { key, token: buyer.token, method: "POST" })
    const [a, b] = await Promise.all([place(), place()])
    expect(a.status, JSON.stringify(a.body)).toBe(200)
    expect(b.status, JSON.stringify(b.body)).toBe(200)
    expect(b.body.order.id).toBe(a.body.order.id)
    expect((await place()).body.order.id).toBe(a.body.order.id)
    expect(a.body.order).toMatchObject({ customer_id: buyer.customerId, email, total: 240_000 })

    const order = await api(
      `/admin/orders/${a.body.order.id}?fields=shipping_address.*,payment_collections.payment_sessions.provider_id`,
      { token },
    )
    expect(order.body.order.shipping_address).toMatchObject({
      company: "Điểm bán OCOP Sa Pa",
      first_name: "Mai",
      phone: "0912345678",
      country_code: "vn",
    })
    expect(order.body.order.payment_collections[0].payment_sessions.map((s: any) => s.provider_id)).toEqual([
      "pp_vietqr_vietqr",
    ])
    expect((await placementTraces(cartId)).orders).toBe(1)
  })

  it("refuses a cart whose steps are not done, or a VietQR transfer in dollars, with a code and writes nothing", async () => {
    const { variantId } = await shopProduct(token, { price: 120_000, usdPrice: 4.8 })
    // Contact and address given, no delivery or payment chosen yet.
    const cart = await api("/store/carts", {
      key,
      body: { region_id: vnRegionId, items: [{ variant_id: variantId, quantity: 1 }], email: "buyer@example.vn" },
    })
    const cartId = cart.body.cart.id as string
    const refused = await api(`/store/carts/${cartId}/place`, { key, method: "POST" })
    expect(refused.status).toBe(400)
    expect(refused.body).toMatchObject({
      code: "checkout_incomplete",
      message: "Vui lòng hoàn tất các bước trước khi đặt hàng.",
    })
    expect(await placementTraces(cartId)).toMatchObject({ payment_collections: 0, orders: 0, reservations: 0 })

    const dollars = await checkoutCart(key, {
      regionId: intlRegionId,
      items: [{ variant_id: variantId, quantity: 1 }],
      method: "vietqr",
      address: { ...VN_ADDRESS, address_1: "1-2-3 Shibuya", city: "Tokyo", province: "", country_code: "jp" },
    })
    const english = await api(`/store/carts/${dollars}/place`, {
      key,
      method: "POST",
      headers: { "accept-language": "en" },
    })
    expect(english.body).toMatchObject({
      code: "checkout_incomplete",
      message: "Please complete the previous steps before placing your order.",
    })
  })

  it("leaves the cart as the buyer left it when a step fails mid-way, and places it afterwards", async () => {
    const { variantId, inventoryItemId, warehouseId } = await stockedVariant(token, 5, 120_000)
    const email = `fail-${unique()}@example.vn`
    const buyer = await buyerAccount(key, email)
    const cartId = await checkoutCart(key, {
      regionId: vnRegionId,
      items: [{ variant_id: variantId, quantity: 2 }],
      method: "cod",
      pickup: true,
    })
    const before = await placementTraces(cartId)
    // The order row is written by the last step (the cart's completion), after the showroom address,
    // the buyer, the payment collection and session, and the stock reservation.
    const failed = await failWrites(db, { table: '"order"', column: "email", marker: email }, () =>
      api(`/store/carts/${cartId}/place`, { key, token: buyer.token, method: "POST" }),
    )
    expect(failed.status).toBe(500)
    // The buyer stays as they were (a guest customer Medusa made for the email), not the signed-in one.
    expect(before.cart.customer_id).not.toBe(buyer.customerId)
    expect(await placementTraces(cartId)).toEqual({
      cart: before.cart,
      payment_collections: 0,
      payment_links: 0,
      payment_sessions: 0,
      orders: 0,
      reservations: 0,
    })
    expect((await stockAt(inventoryItemId, warehouseId)).reserved).toBe(0)

    const placed = await api(`/store/carts/${cartId}/place`, { key, token: buyer.token, method: "POST" })
    expect(placed.status, JSON.stringify(placed.body)).toBe(200)
    expect((await stockAt(inventoryItemId, warehouseId)).reserved).toBe(2)
  })
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
