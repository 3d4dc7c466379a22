import { beforeAll, describe, expect, it } from "vitest"
import { readyCart, seededStore, shopProduct, sqlRows, type ShopProduct } from "./checkout-helpers"
import { adminToken, api, daysFromToday } from "./helpers"
import { PROVIDERS } from "./order-helpers"

let admin: string
let key: string
let regionId: string

beforeAll(async () => {
  admin = await adminToken()
  ;({ key, vnRegionId: regionId } = await seededStore())
})

const newCart = async () => (await api("/store/carts", { key, body: { region_id: regionId } })).body.cart.id as string
const addLine = (cartId: string, variantId: string, quantity = 1) =>
  api(`/store/carts/${cartId}/line-items`, { key, body: { variant_id: variantId, quantity } })
const complete = (cartId: string) => api(`/store/carts/${cartId}/complete`, { key, method: "POST" })

/** Moves a certificate's dates in the table, as time passing would, without the hourly sweep running. */
async function setCertificateDates(product: ShopProduct, dates: { valid_from?: string; valid_until?: string }) {
  const sets = Object.keys(dates).map((column, i) => `${column} = $${i + 2}`)
  await sqlRows(`UPDATE certification SET ${sets.join(", ")} WHERE id = $1`, [
    product.certificate.id,
    ...Object.values(dates),
  ])
}

/** A refusal with its own code, a message in both languages, and nothing added. */
function expectRefused(res: { status: number; body: any }, code: string) {
  expect(res.status, JSON.stringify(res.body)).toBe(400)
  expect(res.body.code).toBe(code)
  expect(res.body.type).toBe("invalid_data")
}

describe("what may be bought, checked where money moves (decision 019)", () => {
  it("refuses a certificate whose last day passed before the hourly sweep ran, at add-to-cart", async () => {
    const product = await shopProduct(admin, { price: 90_000 })
    await setCertificateDates(product, { valid_until: daysFromToday(-2) })
    const [row] = await sqlRows<{ status: string }>("SELECT status FROM certification WHERE id = $1", [
      product.certificate.id,
    ])
    expect(row!.status).toBe("valid") // the sweep has not run: the table still says valid
    const cartId = await newCart()
    expectRefused(await addLine(cartId, product.variantId), "certificate_expired")
    const cart = await api(`/store/carts/${cartId}`, { key })
    expect(cart.body.cart.items).toEqual([])
  })

  it("refuses a certificate not yet in force, and one revoked", async () => {
    const future = await shopProduct(admin, { price: 90_000 })
    await setCertificateDates(future, { valid_from: daysFromToday(3), valid_until: daysFromToday(900) })
    expectRefused(await addLine(await newCart(), future.variantId), "certificate_not_yet_valid")
    const revoked = await shopProduct(admin, { price: 90_000 })
    const res = await api(`/admin/certifications/${revoked.certificate.id}/revoke`, {
      token: admin,
      body: { reason: "Kiểm tra không đạt" },
    })
    expect(res.status).toBe(200)
    expectRefused(await addLine(await newCart(), revoked.variantId), "certificate_revoked")
  })

  it("refuses an unpublished product", async () => {
    const draft = await shopProduct(admin, { price: 90_000 })
    expect((await api(`/admin/products/${draft.productId}`, { token: admin, body: { status: "draft" } })).status).toBe(
      200,
    )
    expectRefused(await addLine(await newCart(), draft.variantId), "product_not_published")
  })

  it("refuses at payment a producer suspended after the line was added", async () => {
    const product = await shopProduct(admin, { price: 120_000 })
    const cartId = await readyCart(key, {
      regionId,
      items: [{ variant_id: product.variantId, quantity: 1 }],
      provider: PROVIDERS.cod,
    })
    const [link] = await sqlRows<{ producer_id: string }>(
      "SELECT producer_id FROM producer_producer_product_product WHERE product_id = $1 AND deleted_at IS NULL",
      [product.productId],
    )
    const suspended = await api(`/admin/producers/${link!.producer_id}`, {
      token: admin,
      body: { status: "suspended" },
    })
    expect(suspended.status).toBe(200)
    expectRefused(await complete(cartId), "producer_not_active")
    expect(await sqlRows("SELECT id FROM order_cart WHERE cart_id = $1", [cartId])).toEqual([])
    // Back in good standing, the same cart goes through.
    await api(`/admin/producers/${link!.producer_id}`, { token: admin, body: { status: "active" } })
    const placed = await complete(cartId)
    expect(placed.status, JSON.stringify(placed.body)).toBe(200)
    expect(placed.body.type).toBe("order")
  })

  it("refuses at payment a certificate that lapsed after the line was added", async () => {
    const product = await shopProduct(admin, { price: 120_000 })
    const cartId = await readyCart(key, {
      regionId,
      items: [{ variant_id: product.variantId, quantity: 1 }],
      provider: PROVIDERS.cod,
    })
    await setCertificateDates(product, { valid_until: daysFromToday(-1) })
    expectRefused(await complete(cartId), "certificate_expired")
  })

  it("refuses more than the stock at add-to-cart and at a line update", async () => {
    const product = await shopProduct(admin, { price: 50_000, stock: 2 })
    const cartId = await newCart()
    expectRefused(await addLine(cartId, product.variantId, 3), "out_of_stock")
    const added = await addLine(cartId, product.variantId, 2)
    expect(added.status, JSON.stringify(added.body)).toBe(200)
    // The cart already holds two: one more is over the stock.
    expectRefused(await addLine(cartId, product.variantId, 1), "out_of_stock")
    const lineId = added.body.cart.items[0].id
    expectRefused(
      await api(`/store/carts/${cartId}/line-items/${lineId}`, { key, body: { quantity: 5 } }),
      "out_of_stock",
    )
    const fewer = await api(`/store/carts/${cartId}/line-items/${lineId}`, { key, body: { quantity: 1 } })
    expect(fewer.status).toBe(200)
  })

  it("refuses at a line update a certificate that lapsed after the line was added", async () => {
    const product = await shopProduct(admin, { price: 50_000 })
    const cartId = await newCart()
    const added = await addLine(cartId, product.variantId, 1)
    expect(added.status).toBe(200)
    await setCertificateDates(product, { valid_until: daysFromToday(-1) })
    const lineId = added.body.cart.items[0].id
    expectRefused(
      await api(`/store/carts/${cartId}/line-items/${lineId}`, { key, body: { quantity: 2 } }),
      "certificate_expired",
    )
  })
})
