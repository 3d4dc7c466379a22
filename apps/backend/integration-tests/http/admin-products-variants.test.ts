import { beforeAll, describe, expect, it } from "vitest"
import { staffWithRole } from "./admin-products-helpers"
import { adminToken, api, createProduct, storeAccess, unique } from "./helpers"

let admin: string
let office: string
let salesChannelId: string

const variantsOf = async (productId: string) =>
  (await api(`/admin/products/${productId}/ocop/variants`, { token: office })).body.variants

/** A product made the way the console makes one: a "Quy cách" option and one VND-priced variant. */
async function product() {
  return createProduct(admin, { title: `Chè Shan tuyết ${unique()}`, price: 120000, usdPrice: 4.8, salesChannelId })
}

beforeAll(async () => {
  admin = await adminToken()
  office = await staffWithRole(admin, "ocop_office")
  ;({ salesChannelId } = await storeAccess(admin))
})

describe("variants of a product", () => {
  it("reads prices in whole đồng and US cents", async () => {
    const p = await product()
    expect(await variantsOf(p.id)).toEqual([
      { id: p.variants[0].id, title: "Gói", sku: null, manage_inventory: false, price_vnd: 120000, price_usd: 480 },
    ])
  })

  it("adds a packaging with VND and USD prices, reprices and removes variants in one request", async () => {
    const p = await product()
    const sku = `CHE-${unique()}`.toUpperCase()
    const added = await api(`/admin/products/${p.id}/ocop/variants`, {
      token: office,
      body: { create: [{ title: "Hộp 200 g", sku, price_vnd: "250000", price_usd: 1000 }] },
    })
    expect(added.status).toBe(200)
    const [gói, hộp] = added.body.variants
    expect(hộp).toMatchObject({ title: "Hộp 200 g", sku, price_vnd: 250000, price_usd: 1000, manage_inventory: true })
    // Medusa stores dollars: $10.00 is 10, and its own product route shows the same price.
    const medusa = await api(`/admin/products/${p.id}?fields=*variants,*variants.prices,*options,*options.values`, {
      token: office,
    })
    const prices = medusa.body.product.variants.find((v: any) => v.id === hộp.id).prices
    expect(prices.map((x: any) => [x.currency_code, x.amount]).sort()).toEqual([
      ["usd", 10],
      ["vnd", 250000],
    ])
    expect(medusa.body.product.options[0].values.map((v: any) => v.value).sort()).toEqual(["Gói", "Hộp 200 g"])

    const changed = await api(`/admin/products/${p.id}/ocop/variants`, {
      token: office,
      body: {
        update: [
          { id: hộp.id, title: "Hộp 250 g", price_usd: null },
          { id: gói.id, price_vnd: 130000 },
        ],
      },
    })
    expect(changed.status).toBe(200)
    expect(changed.body.variants).toEqual([
      expect.objectContaining({ id: gói.id, price_vnd: 130000, price_usd: 480 }),
      expect.objectContaining({ id: hộp.id, title: "Hộp 250 g", price_vnd: 250000, price_usd: null }),
    ])

    const removed = await api(`/admin/products/${p.id}/ocop/variants`, { token: office, body: { delete: [gói.id] } })
    expect(removed.status).toBe(200)
    expect(removed.body.variants.map((v: any) => v.id)).toEqual([hộp.id])
  })

  it("refuses a repeated packaging, another product's SKU, a foreign variant and an empty product", async () => {
    const p = await product()
    const other = await product()
    const otherSku = `OTHER-${unique()}`.toUpperCase()
    await api(`/admin/products/${other.id}/ocop/variants`, {
      token: office,
      body: { create: [{ title: "Hộp", sku: otherSku, price_vnd: 1000 }] },
    })

    const repeated = await api(`/admin/products/${p.id}/ocop/variants`, {
      token: office,
      body: { create: [{ title: " gói ", price_vnd: 1000 }] },
    })
    expect(repeated.status).toBe(400)
    expect(repeated.body.errors).toEqual({ "create.0.title": "Trùng quy cách với một quy cách khác của sản phẩm" })
    const taken = await api(`/admin/products/${p.id}/ocop/variants`, {
      token: office,
      body: { create: [{ title: "Hộp", sku: otherSku, price_vnd: 1000 }] },
      headers: { "accept-language": "en" },
    })
    expect(taken.status).toBe(409)
    expect(taken.body.errors).toEqual({ "create.0.sku": "This SKU is already used by another product" })
    const foreign = await api(`/admin/products/${p.id}/ocop/variants`, {
      token: office,
      body: { delete: [other.variants[0].id] },
    })
    expect(foreign.status).toBe(400)
    expect(Object.keys(foreign.body.errors)).toEqual(["delete.0"])
    const last = await api(`/admin/products/${p.id}/ocop/variants`, {
      token: office,
      body: { delete: [p.variants[0].id] },
    })
    expect(last.status).toBe(400)
    expect(last.body.errors).toEqual({ delete: "Sản phẩm phải còn ít nhất một quy cách" })
    const cents = await api(`/admin/products/${p.id}/ocop/variants`, {
      token: office,
      body: { create: [{ title: "Túi", price_vnd: 1000, price_usd: 6.4 }] },
    })
    expect(cents.status).toBe(400)
    expect((await variantsOf(p.id)).map((v: any) => v.title)).toEqual(["Gói"])
    expect(
      (await api(`/admin/products/prod_missing/ocop/variants`, { token: office, body: { delete: ["x"] } })).status,
    ).toBe(404)
  })

  it("lets trade promotion read variants but not change them", async () => {
    const p = await product()
    const promotion = await staffWithRole(admin, "trade_promotion")
    expect((await api(`/admin/products/${p.id}/ocop/variants`, { token: promotion })).status).toBe(200)
    const res = await api(`/admin/products/${p.id}/ocop/variants`, {
      token: promotion,
      body: { create: [{ title: "Hộp", price_vnd: 1 }] },
    })
    expect(res.status).toBe(403)
    expect((await variantsOf(p.id)).length).toBe(1)
  })
})
