import { beforeAll, describe, expect, it } from "vitest"
import { adminToken, api, attachProduct, certify, createProducer, createProduct, storeAccess, unique } from "./helpers"

const tag = unique()
let token: string
let key: string
let regionId: string
let certified: any
let uncertified: any
let certificate: any

beforeAll(async () => {
  token = await adminToken()
  const access = await storeAccess(token)
  key = access.key
  const region = await api("/admin/regions", { token, body: { name: `Việt Nam ${tag}`, currency_code: "vnd" } })
  regionId = region.body.region.id
  const producer = await createProducer(token)
  certified = await createProduct(token, {
    title: `Tam thất ${tag}`,
    price: 400000,
    salesChannelId: access.salesChannelId,
  })
  uncertified = await createProduct(token, {
    title: `Chè ${tag}`,
    price: 100000,
    salesChannelId: access.salesChannelId,
  })
  for (const product of [certified, uncertified]) {
    await attachProduct(token, product.id, {
      producer_id: producer.id,
      product_group: "herbal",
      origin_district: "bat-xat",
    })
  }
  certificate = await certify(token, certified.id, 4)
})

const newCart = async (body: Record<string, unknown> = {}) =>
  api("/store/carts", { key, body: { region_id: regionId, ...body } })
const addLine = (cartId: string, variantId: string) =>
  api(`/store/carts/${cartId}/line-items`, { key, body: { variant_id: variantId, quantity: 1 } })

describe("cart rule: only certified products", () => {
  it("adds a certified product", async () => {
    const cart = await newCart()
    expect(cart.status).toBe(200)
    const res = await addLine(cart.body.cart.id, certified.variants[0].id)
    expect(res.status).toBe(200)
    expect(res.body.cart.items.map((i: any) => i.variant_id)).toEqual([certified.variants[0].id])
  })

  it("refuses an uncertified product with a clear 400 in Vietnamese and English", async () => {
    const cart = await newCart()
    const res = await addLine(cart.body.cart.id, uncertified.variants[0].id)
    expect(res.status).toBe(400)
    expect(res.body.type).toBe("invalid_data")
    expect(res.body.code).toBe("not_certified")
    expect(res.body.message).toContain("Sản phẩm này không có chứng nhận OCOP hiệu lực")
    expect(res.body.message).toContain("holds no valid OCOP certificate")
  })

  it("refuses a cart created with an uncertified item", async () => {
    const res = await newCart({ items: [{ variant_id: uncertified.variants[0].id, quantity: 1 }] })
    expect(res.status).toBe(400)
    expect(res.body.code).toBe("not_certified")
    const ok = await newCart({ items: [{ variant_id: certified.variants[0].id, quantity: 2 }] })
    expect(ok.status).toBe(200)
  })

  it("refuses a product once its certificate is revoked", async () => {
    const revoke = await api(`/admin/certifications/${certificate.id}/revoke`, {
      token,
      body: { reason: "Kiểm tra không đạt" },
    })
    expect(revoke.status).toBe(200)
    const cart = await newCart()
    const res = await addLine(cart.body.cart.id, certified.variants[0].id)
    expect(res.status).toBe(400)
    expect(res.body.code).toBe("certificate_revoked")
  })
})
