import { beforeAll, describe, expect, inject, it } from "vitest"
import { seededStore, sqlRows } from "./checkout-helpers"
import { adminToken, api, unique } from "./helpers"
import { producerAccount, sellableProduct } from "./producer-helpers"

let staff: string
let key: string
type Account = Awaited<ReturnType<typeof producerAccount>>
let a: Account
let b: Account
let listed: { productId: string; variantId: string }

const ONE_PIXEL_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
)

/** Posts files as multipart `files` (name, type as the browser would claim, content). */
async function upload(token: string | undefined, files: { name: string; type: string; content: Buffer }[]) {
  const form = new FormData()
  for (const f of files) form.append("files", new Blob([new Uint8Array(f.content)], { type: f.type }), f.name)
  const res = await fetch(`${inject("backendUrl")}/producer/uploads`, {
    method: "POST",
    body: form,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  })
  return { status: res.status, body: (await res.json()) as any }
}

const producerLocations = (producerId: string) =>
  sqlRows<{ id: string; name: string }>(
    "SELECT id, name FROM stock_location WHERE metadata->>'producer_id' = $1 AND deleted_at IS NULL",
    [producerId],
  )

beforeAll(async () => {
  staff = await adminToken()
  ;({ key } = await seededStore())
  a = await producerAccount(staff)
  b = await producerAccount(staff)
  listed = await sellableProduct(staff, a.producer.id, 80000)
})

describe("POST /producer/products/:id/stock", () => {
  it("sets stock at the producer's own location at once, sellable in the online shop", async () => {
    expect(await producerLocations(a.producer.id)).toEqual([])
    const path = `/producer/products/${listed.productId}/stock`
    const first = await api(path, { token: a.token, body: { variant_id: listed.variantId, quantity: 7 } })
    expect(first.status, JSON.stringify(first.body)).toBe(200)
    expect(first.body.product.variants[0]).toMatchObject({ id: listed.variantId, stock: 7 })
    expect(first.body.product.review).toBeNull()

    const [location, ...more] = await producerLocations(a.producer.id)
    expect(more).toEqual([])
    expect(location!.name).toBe(`Cơ sở ${a.producer.name}`)
    const channels = await sqlRows<{ name: string }>(
      `SELECT sc.name FROM sales_channel_stock_location l JOIN sales_channel sc ON sc.id = l.sales_channel_id
        WHERE l.stock_location_id = $1 AND l.deleted_at IS NULL`,
      [location!.id],
    )
    expect(channels).toEqual([{ name: "Cửa hàng OCOP Lào Cai" }])

    const second = await api(path, { token: a.token, body: { variant_id: listed.variantId, quantity: "3" } })
    expect(second.body.product.variants[0].stock).toBe(3)
    expect(await producerLocations(a.producer.id)).toHaveLength(1)
    const page = await api(`/store/catalogue/${second.body.product.handle}`, { key })
    expect(page.body.product.variants[0]).toMatchObject({ id: listed.variantId, inventory_quantity: 3, in_stock: true })

    const none = await api(path, { token: a.token, body: { variant_id: listed.variantId, quantity: 0 } })
    expect(none.body.product.variants[0].stock).toBe(0)
    const out = await api(`/store/catalogue/${second.body.product.handle}`, { key })
    expect(out.body.product.variants[0]).toMatchObject({ inventory_quantity: 0, in_stock: false })
  })

  it("applies to a draft product's variants too, before review", async () => {
    const created = await api("/producer/products", {
      token: a.token,
      body: {
        title: `Trà shan tuyết ${unique()}`,
        product_group: "beverage",
        origin_district: "bat-xat",
        variants: [{ title: "Gói 100 g", price_vnd: 90000 }],
      },
    })
    expect(created.status).toBe(201)
    const variantId = created.body.product.variants[0].id
    const res = await api(`/producer/products/${created.body.product.id}/stock`, {
      token: a.token,
      body: { variant_id: variantId, quantity: 40 },
    })
    expect(res.status).toBe(200)
    expect(res.body.product).toMatchObject({ status: "draft", variants: [{ id: variantId, stock: 40 }] })
  })

  it("refuses bad quantities, variants of other products and other producers", async () => {
    const path = `/producer/products/${listed.productId}/stock`
    for (const quantity of [-1, 1.5, "abc", 2_000_000]) {
      expect((await api(path, { token: a.token, body: { variant_id: listed.variantId, quantity } })).status).toBe(400)
    }
    const otherOfA = await sellableProduct(staff, a.producer.id, 1000)
    const wrongVariant = await api(path, { token: a.token, body: { variant_id: otherOfA.variantId, quantity: 1 } })
    expect(wrongVariant.status).toBe(404)
    expect(wrongVariant.body.message).toBe("Không tìm thấy phân loại này trong sản phẩm")
    expect((await api(path, { token: b.token, body: { variant_id: listed.variantId, quantity: 999 } })).status).toBe(
      404,
    )
    expect((await api(path, { token: staff, body: { variant_id: listed.variantId, quantity: 999 } })).status).toBe(401)
    expect(
      (await api(`/producer/products/${listed.productId}`, { token: a.token })).body.product.variants[0].stock,
    ).toBe(0)
    expect(await producerLocations(b.producer.id)).toEqual([])
  })

  it("gives each producer a location of its own", async () => {
    const mine = await sellableProduct(staff, b.producer.id, 5000)
    const res = await api(`/producer/products/${mine.productId}/stock`, {
      token: b.token,
      body: { variant_id: mine.variantId, quantity: 2 },
    })
    expect(res.status).toBe(200)
    const [locationB] = await producerLocations(b.producer.id)
    const [locationA] = await producerLocations(a.producer.id)
    expect(locationB!.id).not.toBe(locationA!.id)
    const levels = await sqlRows<{ location_id: string; stocked_quantity: number }>(
      `SELECT il.location_id, il.stocked_quantity::int AS stocked_quantity FROM inventory_level il
         JOIN product_variant_inventory_item vi ON vi.inventory_item_id = il.inventory_item_id
        WHERE vi.variant_id = $1 AND il.deleted_at IS NULL`,
      [mine.variantId],
    )
    expect(levels).toEqual([{ location_id: locationB!.id, stocked_quantity: 2 }])
  })
})

describe("POST /producer/uploads", () => {
  it("stores real images through the file module and answers their URLs", async () => {
    const res = await upload(a.token, [{ name: "Ảnh mật ong.PNG", type: "image/png", content: ONE_PIXEL_PNG }])
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body.files).toHaveLength(1)
    const [file] = res.body.files
    expect(file.url).toMatch(/\/static\/\d+-anh-mat-ong\.png$/)
    const served = await fetch(file.url.replace(/^http:\/\/localhost:\d+/, inject("backendUrl")))
    expect(served.status).toBe(200)
    expect(Buffer.from(await served.arrayBuffer()).equals(ONE_PIXEL_PNG)).toBe(true)
    // What the upload answers is what the product and profile forms may send.
    const product = {
      title: `Ảnh tải lên ${unique()}`,
      product_group: "food",
      origin_district: "bac-ha",
      images: [file.url],
      variants: [{ title: "Hộp", price_vnd: 1000 }],
    }
    const created = await api("/producer/products", { token: a.token, body: product })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    expect(created.body.product.images).toEqual([file.url])
    const profile = await api("/producer/profile", { token: a.token, body: { logo_url: file.url, photos: [file.url] } })
    expect(profile.status, JSON.stringify(profile.body)).toBe(200)
  })

  it("refuses files that are not images, whatever type they claim, and too large ones", async () => {
    const html = Buffer.from("<html><script>alert(1)</script></html>")
    const fake = await upload(a.token, [{ name: "anh.png", type: "image/png", content: html }])
    expect(fake.status).toBe(400)
    expect(fake.body.errors).toEqual({ "files.0": "Chỉ nhận ảnh JPEG, PNG, WebP hoặc GIF" })
    const big = Buffer.concat([ONE_PIXEL_PNG, Buffer.alloc(5 * 1024 * 1024)])
    const tooLarge = await upload(a.token, [{ name: "lon.png", type: "image/png", content: big }])
    expect(tooLarge.status).toBe(400)
    expect(tooLarge.body.errors.files).toMatch(/5 MB/)
    expect((await upload(a.token, [])).status).toBe(400)
  })

  it("needs a producer token", async () => {
    expect((await upload(undefined, [{ name: "a.png", type: "image/png", content: ONE_PIXEL_PNG }])).status).toBe(401)
    expect((await upload(staff, [{ name: "a.png", type: "image/png", content: ONE_PIXEL_PNG }])).status).toBe(401)
  })
})
