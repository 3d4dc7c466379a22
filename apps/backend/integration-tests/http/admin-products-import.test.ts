import { beforeAll, describe, expect, it } from "vitest"
import { staffWithRole } from "./admin-products-helpers"
import { adminToken, api, createProducer, unique } from "./helpers"

let admin: string
let office: string
let producer: { id: string; handle: string; registration_number: string }

/** A valid row (one variant) of a product unique to this call unless `handle` is given. */
function row(overrides: Record<string, unknown> = {}) {
  const suffix = unique()
  return {
    handle: `mien-dong-${suffix}`,
    title: `Miến dong nhập ${suffix}`,
    title_en: "Arrowroot noodles",
    producer: producer.handle,
    group: "food",
    district: "bac-ha",
    variant_title: "Gói 500 g",
    sku: `MIEN-${suffix}`.toUpperCase(),
    price_vnd: 45000,
    price_usd: 180,
    ...overrides,
  }
}

/** The OCOP products with one of these handles, as the console's list shows them. */
async function written(handles: string[]) {
  const found = []
  for (const handle of new Set(handles)) {
    const res = await api(`/admin/ocop-products?q=${encodeURIComponent(handle.replace(/^mien-dong-/, ""))}&limit=50`, {
      token: admin,
    })
    found.push(...res.body.ocop_products.filter((p: any) => p.handle === handle))
  }
  return found
}

/** Every product (OCOP or not, any status) with one of these handles in Medusa itself. */
async function inMedusa(handles: string[]) {
  const res = await api(
    `/admin/products?${[...new Set(handles)].map((h) => `handle[]=${h}`).join("&")}&fields=id,handle`,
    { token: admin },
  )
  return res.body.products.map((p: any) => p.handle)
}

beforeAll(async () => {
  admin = await adminToken()
  office = await staffWithRole(admin, "ocop_office")
  producer = await createProducer(admin, { district: "bac-ha" })
})

describe("product import", () => {
  it("writes every product as a draft with its variants, VND and USD prices and producer", async () => {
    const first = row()
    const rows = [
      first,
      { ...first, variant_title: "Gói 1 kg", sku: `${first.sku}-1KG`, price_vnd: 85000, price_usd: null },
      row({ producer: producer.registration_number, group: "beverage", sku: null }),
    ]
    const res = await api("/admin/ocop-products/import", { token: office, body: { rows } })
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({ imported: 2, variants: 3 })
    const listed = await written(rows.map((r) => r.handle))
    expect(listed.map((p: any) => p.handle).sort()).toEqual([first.handle, rows[2]!.handle].sort())
    for (const p of listed) expect(p).toMatchObject({ producer_id: producer.id, published: false, is_certified: false })
    const noodles = listed.find((p: any) => p.handle === first.handle)
    expect(noodles).toMatchObject({
      min_price: 45000,
      min_price_usd: 180,
      product_group: "food",
      title_en: "Arrowroot noodles",
    })
    const variants = await api(`/admin/products/${res.body.ids[0]}/ocop/variants`, { token: office })
    expect(variants.body.variants).toEqual([
      expect.objectContaining({
        title: "Gói 500 g",
        sku: first.sku,
        price_vnd: 45000,
        price_usd: 180,
        manage_inventory: true,
      }),
      expect.objectContaining({ title: "Gói 1 kg", price_vnd: 85000, price_usd: null }),
    ])
    const medusa = await api(`/admin/products/${res.body.ids[0]}?fields=status,*sales_channels,shipping_profile.id`, {
      token: office,
    })
    expect(medusa.body.product.status).toBe("draft")
    expect(medusa.body.product.sales_channels).toHaveLength(1)
  })

  it("refuses the whole file when one row is bad, naming the row and field, and writes nothing", async () => {
    const rows = [row(), row({ price_vnd: "45.000", district: "ha-noi", price_usd: 6.4 }), row()]
    const res = await api("/admin/ocop-products/import", {
      token: office,
      body: { rows },
      headers: { "accept-language": "en" },
    })
    expect(res.status).toBe(400)
    expect(res.body.errors).toEqual({
      "rows.1.district": "Invalid district",
      "rows.1.price_vnd": "Amount must be a whole, non-negative number of đồng",
      "rows.1.price_usd": "Invalid USD price: type dollars with at most 2 decimals (e.g. 6.40)",
    })
    expect(await inMedusa(rows.map((r) => r.handle))).toEqual([])
  })

  it("names unknown producers, taken handles and taken SKUs per row, and writes nothing", async () => {
    const existing = row()
    expect((await api("/admin/ocop-products/import", { token: office, body: { rows: [existing] } })).status).toBe(201)
    const rows = [
      row(),
      row({ producer: "khong-co-chu-the-nay" }),
      row({ handle: existing.handle }),
      row({ sku: existing.sku }),
    ]
    const res = await api("/admin/ocop-products/import", { token: office, body: { rows } })
    expect(res.status).toBe(409)
    expect(res.body.errors).toEqual({
      "rows.1.producer": "Không tìm thấy chủ thể (nhập đường dẫn rút gọn hoặc số đăng ký kinh doanh)",
      "rows.2.handle": "Đường dẫn rút gọn này đã được dùng cho sản phẩm khác",
      "rows.3.sku": "Mã SKU này đã được dùng cho sản phẩm khác",
    })
    const fresh = [rows[0]!, rows[1]!, rows[3]!].map((r) => r.handle)
    expect(await inMedusa(fresh)).toEqual([])
  })

  it("checks a file without writing it when asked for a dry run", async () => {
    const rows = [row(), row()]
    const res = await api("/admin/ocop-products/import", { token: office, body: { rows, dry_run: true } })
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ valid: true, products: 2, variants: 2 })
    expect(await inMedusa(rows.map((r) => r.handle))).toEqual([])
  })

  it("undoes the products already created when the write fails part-way", async () => {
    // An inventory item holding a SKU without a variant passes the checks; only the write meets it.
    const sku = `ORPHAN-${unique()}`.toUpperCase()
    expect((await api("/admin/inventory-items", { token: admin, body: { sku, title: "Kiện hàng lẻ" } })).status).toBe(
      200,
    )
    const rows = [row(), row(), row({ sku })]
    const res = await api("/admin/ocop-products/import", { token: office, body: { rows } })
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.body.message).toMatch(/^Không nhập được, chưa có sản phẩm nào được ghi:/)
    expect(await inMedusa(rows.map((r) => r.handle))).toEqual([])
    expect(await written(rows.map((r) => r.handle))).toEqual([])
  })

  it("refuses trade promotion before reading the file", async () => {
    const promotion = await staffWithRole(admin, "trade_promotion")
    const res = await api("/admin/ocop-products/import", { token: promotion, body: { rows: [row()] } })
    expect(res.status).toBe(403)
    expect((await api("/admin/ocop-products/import", { token: promotion, body: {} })).status).toBe(403)
  })
})
