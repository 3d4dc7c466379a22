import fs from "node:fs"
import path from "node:path"
import { beforeAll, describe, expect, inject, it } from "vitest"
import { pngBytes, staffWithRole, upload } from "./admin-products-helpers"
import { adminToken, api, attachProduct, createProducer, createProduct, storeAccess, unique } from "./helpers"

let admin: string
let office: string
let salesChannelId: string
let producerId: string

/** An OCOP product of the test producer whose one variant tracks stock; returns its id and inventory item. */
async function trackedProduct(title: string) {
  const p = await createProduct(admin, { title: `${title} ${unique()}`, price: 90000, salesChannelId })
  await attachProduct(admin, p.id, { producer_id: producerId, product_group: "food", origin_district: "sa-pa" })
  const changed = await api(`/admin/products/${p.id}/ocop/variants`, {
    token: office,
    body: { update: [{ id: p.variants[0].id, manage_inventory: true }] },
  })
  expect(changed.status).toBe(200)
  const read = await api(`/admin/products/${p.id}?fields=variants.inventory_items.inventory_item_id`, { token: office })
  return { id: p.id as string, item: read.body.product.variants[0].inventory_items[0].inventory_item_id as string }
}

beforeAll(async () => {
  admin = await adminToken()
  office = await staffWithRole(admin, "ocop_office")
  ;({ salesChannelId } = await storeAccess(admin))
  producerId = (await createProducer(admin, { district: "sa-pa" })).id
})

describe("product images", () => {
  it("uploads an image that is served back at its URL, and becomes the product's thumbnail", async () => {
    const bytes = pngBytes()
    const res = await upload(office, "nam-huong.png", "image/png", bytes)
    expect(res.status).toBe(200)
    const url = res.body.files[0].url as string
    const served = await fetch(url)
    expect(served.status).toBe(200)
    expect(served.headers.get("content-type")).toBe("image/png")
    // Served from the API's origin: never sniffed, nothing may run (finding 4).
    expect(served.headers.get("x-content-type-options")).toBe("nosniff")
    expect(served.headers.get("content-security-policy")).toMatch(/default-src 'none'.*sandbox/)
    expect(Buffer.from(await served.arrayBuffer()).equals(bytes)).toBe(true)

    const p = await createProduct(admin, { title: `Nấm hương ${unique()}`, price: 150000, salesChannelId })
    const saved = await api(`/admin/products/${p.id}`, { token: office, body: { images: [{ url }], thumbnail: url } })
    expect(saved.status).toBe(200)
    expect(saved.body.product.thumbnail).toBe(url)
    const cleared = await api(`/admin/products/${p.id}`, { token: office, body: { images: [], thumbnail: null } })
    expect(cleared.body.product.images).toEqual([])
  })

  it("refuses an upload over 5 MB before reading it, in the caller's language", async () => {
    const big = Buffer.alloc(5 * 1024 * 1024 + 100 * 1024, 1)
    const res = await upload(office, "anh-lon.png", "image/png", big)
    expect(res.status).toBe(413)
    expect(res.body.message).toBe("Tệp quá lớn: mỗi lần tải lên tối đa 5 MB")
  })

  it("refuses anything but an image by its content, on Medusa's upload route too (finding 4)", async () => {
    const page = Buffer.from("<!doctype html><script>alert(document.cookie)</script>")
    for (const [name, type] of [
      ["trang.html", "text/html"],
      ["anh.png", "image/png"],
      ["anh.svg", "image/svg+xml"],
    ] as const) {
      const res = await upload(office, name, type, name.endsWith(".svg") ? Buffer.from("<svg onload='x()'/>") : page)
      expect(res.status, name).toBe(400)
      expect(res.body.errors).toEqual({ "files.0": "Chỉ nhận ảnh JPEG, PNG, WebP hoặc GIF" })
    }
    // A real PNG sent under an HTML name is stored as .png with its real type.
    const renamed = await upload(office, "trang.html", "text/html", pngBytes())
    expect(renamed.status).toBe(200)
    expect(renamed.body.files[0].url).toMatch(/\.png$/)
    expect((await fetch(renamed.body.files[0].url)).headers.get("content-type")).toBe("image/png")
  })

  it("serves no HTML from /static, even a file that is in the upload folder", async () => {
    const name = `trang-${unique()}.html`
    fs.writeFileSync(path.join(inject("uploadDir"), name), "<script>alert(1)</script>")
    const res = await fetch(`${inject("backendUrl")}/static/${name}`)
    expect(res.status).toBe(404)
    expect(res.headers.get("content-type")).not.toMatch(/html/)
    expect(res.headers.get("x-content-type-options")).toBe("nosniff")
  })

  it("does not serve files outside the upload folder", async () => {
    expect((await api("/static/..%2F..%2Fpackage.json")).status).toBe(404)
    expect((await api(`/static/missing-${unique()}.png`)).status).toBe(404)
  })

  it("refuses uploads to trade promotion", async () => {
    const promotion = await staffWithRole(admin, "trade_promotion")
    expect((await upload(promotion, "x.png", "image/png", pngBytes())).status).toBe(403)
  })
})

describe("stock per location", () => {
  it("sets stock at the warehouse and a showroom, and the list filters out-of-stock and low-stock products", async () => {
    const locations = (await api("/admin/stock-locations?fields=id,name&limit=50", { token: office })).body
      .stock_locations
    const warehouse = locations.find((l: any) => l.name === "Kho Lào Cai")
    const showroom = locations.find((l: any) => l.name === "Điểm bán OCOP Sa Pa")
    expect(warehouse && showroom).toBeTruthy()
    const plenty = await trackedProduct("Nấm hương đủ hàng")
    const low = await trackedProduct("Nấm hương sắp hết")
    const out = await trackedProduct("Nấm hương hết hàng")

    const set = await api("/admin/inventory-items/location-levels/batch", {
      token: office,
      body: {
        create: [
          { inventory_item_id: plenty.item, location_id: warehouse.id, stocked_quantity: 40 },
          { inventory_item_id: plenty.item, location_id: showroom.id, stocked_quantity: 12 },
          { inventory_item_id: low.item, location_id: showroom.id, stocked_quantity: 3 },
        ],
      },
    })
    expect(set.status).toBe(200)
    const levels = await api(`/admin/inventory-items/${plenty.item}/location-levels`, { token: office })
    expect(
      Object.fromEntries(levels.body.inventory_levels.map((l: any) => [l.location_id, l.stocked_quantity])),
    ).toEqual({
      [warehouse.id]: 40,
      [showroom.id]: 12,
    })

    const list = async (stock: string) =>
      (
        await api(`/admin/ocop-products?producer_id=${producerId}&stock=${stock}`, { token: office })
      ).body.ocop_products.map((p: any) => p.id)
    expect(await list("out")).toEqual([out.id])
    expect(await list("low")).toEqual([low.id])
    const all = await api(`/admin/ocop-products?producer_id=${producerId}&order=title`, { token: office })
    expect(Object.fromEntries(all.body.ocop_products.map((p: any) => [p.id, p.stock_available]))).toEqual({
      [plenty.id]: 52,
      [low.id]: 3,
      [out.id]: 0,
    })

    // Trade promotion reads stock but cannot change it.
    const promotion = await staffWithRole(admin, "trade_promotion")
    const refused = await api("/admin/inventory-items/location-levels/batch", {
      token: promotion,
      body: { update: [{ inventory_item_id: low.item, location_id: showroom.id, stocked_quantity: 100 }] },
    })
    expect(refused.status).toBe(403)
    expect(
      (await api(`/admin/ocop-products?producer_id=${producerId}&stock=low`, { token: promotion })).body.count,
    ).toBe(1)
  })
})
