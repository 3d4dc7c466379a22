import pg from "pg"
import { beforeAll, describe, expect, inject, it } from "vitest"
import { seededStore, sqlRows } from "./checkout-helpers"
import { adminToken, api, unique } from "./helpers"
import { failWrites } from "./injected-failure"
import { producerAccount, sellableProduct, uploadedUrl } from "./producer-helpers"

let staff: string
let key: string
type Account = Awaited<ReturnType<typeof producerAccount>>
let a: Account
let b: Account
let listed: { productId: string; variantId: string; title: string }

/** A new product's body; every test gets its own title and SKUs. */
function newProduct(overrides: Record<string, unknown> = {}) {
  const tag = unique()
  return {
    title: `Mật ong bạc hà ${tag}`,
    title_en: "Mint honey",
    description: "Mật ong từ hoa bạc hà cao nguyên đá",
    product_group: "food",
    origin_district: "bac-ha",
    images: [uploadedUrl("mat-ong.png")],
    variants: [
      { title: "Chai 500 ml", sku: `MO-${tag}-500`, price_vnd: 250000, price_usd: 1000 },
      { title: "Chai 1 lít", sku: `MO-${tag}-1000`, price_vnd: 450000, price_usd: null },
    ],
    ...overrides,
  }
}

const ownProducts = async (token: string, query = "") => (await api(`/producer/products${query}`, { token })).body

beforeAll(async () => {
  staff = await adminToken()
  ;({ key } = await seededStore())
  a = await producerAccount(staff)
  b = await producerAccount(staff)
  listed = await sellableProduct(staff, a.producer.id, 120000)
})

describe("a producer's new product", () => {
  it("is a draft with a pending review of kind create, off the storefront", async () => {
    const body = newProduct()
    const res = await api("/producer/products", { token: a.token, body })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const product = res.body.product
    expect(product).toMatchObject({
      title: body.title,
      title_en: "Mint honey",
      status: "draft",
      product_group: "food",
      origin_district: "bac-ha",
      images: body.images,
      thumbnail: body.images[0],
      star_level: null,
      certificate_status: null,
      review: { kind: "create", status: "pending", comment: null, reviewed_at: null },
    })
    expect(product.handle).toMatch(/^mat-ong-bac-ha-[0-9a-f]{8}$/)
    expect(product.variants).toEqual([
      {
        id: expect.stringMatching(/^variant_/),
        title: "Chai 500 ml",
        sku: body.variants[0]!.sku,
        price_vnd: 250000,
        price_usd: 1000,
        stock: null,
      },
      {
        id: expect.stringMatching(/^variant_/),
        title: "Chai 1 lít",
        sku: body.variants[1]!.sku,
        price_vnd: 450000,
        price_usd: null,
        stock: null,
      },
    ])
    // The review's variants name the draft's variants, so a later edit addresses them.
    expect(product.review.changes.variants.map((v: { id: string }) => v.id)).toEqual(
      product.variants.map((v: { id: string }) => v.id),
    )
    // Medusa keeps USD in dollars; the API speaks cents.
    const [usd] = await sqlRows<{ amount: string }>(
      `SELECT p.amount FROM price p JOIN product_variant_price_set l ON l.price_set_id = p.price_set_id
        WHERE l.variant_id = $1 AND p.currency_code = 'usd' AND p.deleted_at IS NULL`,
      [product.variants[0].id],
    )
    expect(Number(usd!.amount)).toBe(10)

    expect((await ownProducts(a.token)).products.map((p: { id: string }) => p.id)).toContain(product.id)
    expect(
      (await ownProducts(a.token, `?q=${encodeURIComponent("mat ong bac ha")}`)).products.map(
        (p: { id: string }) => p.id,
      ),
    ).toContain(product.id)
    const store = await api(`/store/catalogue?producer=${a.producer.handle}`, { key })
    expect(store.body.products.map((p: { id: string }) => p.id)).not.toContain(product.id)
    expect((await api(`/store/catalogue/${product.handle}`, { key })).status).toBe(404)
  })

  it("gets a handle of its own when another product has the same title", async () => {
    const title = `Gạo Séng Cù ${unique()}`
    const first = await api("/producer/products", { token: a.token, body: newProduct({ title }) })
    const second = await api("/producer/products", { token: b.token, body: newProduct({ title }) })
    expect(first.body.product.handle).toMatch(/^gao-seng-cu-[0-9a-f]{8}$/)
    expect(second.body.product.handle).toBe(`${first.body.product.handle}-2`)
  })

  it("refuses bad input with field errors and creates nothing", async () => {
    const before = (await ownProducts(a.token)).count
    const res = await api("/producer/products", {
      token: a.token,
      headers: { "accept-language": "en" },
      body: {
        ...newProduct(),
        status: "published",
        product_group: "gold",
        variants: [{ title: "Chai", price_vnd: 1000.5, price_usd: -1 }],
      },
    })
    expect(res.status).toBe(400)
    expect(Object.keys(res.body.errors).sort()).toEqual([
      "product_group",
      "status",
      "variants.0.price_usd",
      "variants.0.price_vnd",
    ])
    expect(res.body.errors["variants.0.price_vnd"]).toMatch(/whole/)
    expect((await api("/producer/products", { token: a.token, body: { ...newProduct(), variants: [] } })).status).toBe(
      400,
    )
    expect((await ownProducts(a.token)).count).toBe(before)
  })

  it("refuses pictures that were not uploaded through us, on a new product and on a change", async () => {
    const before = (await ownProducts(a.token)).count
    const foreign = [
      "https://tracker.example/anh.png",
      uploadedUrl("anh.png").replace("/static/", "/admin/"),
      "http://localhost/static/anh.png",
    ]
    for (const url of foreign) {
      const res = await api("/producer/products", {
        token: a.token,
        headers: { "accept-language": "en" },
        body: newProduct({ images: [uploadedUrl("ok.png"), url] }),
      })
      expect(res.status, url).toBe(400)
      expect(res.body.errors, url).toEqual({ "images.1": "Pictures must be uploaded through OCOP Lào Cai" })
    }
    expect((await ownProducts(a.token)).count).toBe(before)
    const change = await api(`/producer/products/${listed.productId}`, {
      token: a.token,
      body: { images: [foreign[0]] },
    })
    expect(change.status).toBe(400)
    expect(change.body.errors).toEqual({ "images.0": "Ảnh phải được tải lên qua hệ thống OCOP Lào Cai" })
    expect(
      await sqlRows("SELECT id FROM product_review WHERE product_id = $1 AND deleted_at IS NULL", [listed.productId]),
    ).toEqual([])
  })

  it("refuses a SKU that another product uses", async () => {
    const first = newProduct()
    expect((await api("/producer/products", { token: a.token, body: first })).status).toBe(201)
    const before = (await ownProducts(b.token)).count
    const res = await api("/producer/products", {
      token: b.token,
      body: newProduct({ variants: [{ ...first.variants[1], title: "Hũ" }] }),
    })
    expect(res.status).toBe(409)
    expect(res.body.errors).toEqual({ "variants.0.sku": "Mã SKU này đã được dùng cho sản phẩm khác" })
    expect((await ownProducts(b.token)).count).toBe(before)
  })

  it("leaves no product, review or stock item behind when its last step fails", async () => {
    const marker = `inject-failure-${unique()}`
    const body = newProduct({ title_en: marker })
    const db = new pg.Client({ connectionString: inject("databaseUrl") })
    await db.connect()
    try {
      // the pending review is the workflow's last write: product, links, profile and catalogue row come before it
      const review = { table: "product_review", column: "changes->>'title_en'", marker }
      const res = await failWrites(db, review, () => api("/producer/products", { token: a.token, body }))
      expect(res.status).toBeGreaterThanOrEqual(500)
    } finally {
      await db.end()
    }
    const skus = body.variants.map((v) => v.sku)
    const [left] = await sqlRows<Record<string, string>>(
      `SELECT (SELECT count(*) FROM product WHERE title = $1 AND deleted_at IS NULL) AS products,
              (SELECT count(*) FROM product_variant WHERE sku = ANY($2) AND deleted_at IS NULL) AS variants,
              (SELECT count(*) FROM inventory_item WHERE sku = ANY($2) AND deleted_at IS NULL) AS stock_items,
              (SELECT count(*) FROM product_profile WHERE title_en = $3 AND deleted_at IS NULL) AS profiles,
              (SELECT count(*) FROM catalogue_entry WHERE title_en = $3 AND deleted_at IS NULL) AS catalogue_rows`,
      [body.title, skus, marker],
    )
    expect(left).toEqual({ products: "0", variants: "0", stock_items: "0", profiles: "0", catalogue_rows: "0" })
  })
})

describe("a producer's change to a product on sale", () => {
  it("waits for review, leaves the live product as it is, and a second change replaces the first", async () => {
    const path = `/producer/products/${listed.productId}`
    const live = (await api(path, { token: a.token })).body.product
    expect(live).toMatchObject({ status: "published", star_level: 4, certificate_status: "valid", review: null })
    expect(live.variants).toEqual([
      { id: listed.variantId, title: "Hộp", sku: null, price_vnd: 120000, price_usd: null, stock: null },
    ])

    const first = await api(path, {
      token: a.token,
      body: { variants: [{ id: listed.variantId, title: "Hộp", price_vnd: 135000, price_usd: 550 }] },
    })
    expect(first.status, JSON.stringify(first.body)).toBe(200)
    expect(first.body.product.variants[0]).toMatchObject({ price_vnd: 120000, price_usd: null })
    expect(first.body.product.review).toMatchObject({
      kind: "update",
      status: "pending",
      changes: { variants: [{ id: listed.variantId, title: "Hộp", sku: null, price_vnd: 135000, price_usd: 550 }] },
    })

    // The whole form sent again with a new title: only what differs from the live product is kept.
    const form = {
      title: `${listed.title} mới`,
      description: null,
      product_group: "food",
      origin_district: "bac-ha",
      images: [],
      variants: first.body.product.review.changes.variants,
    }
    const second = await api(path, { token: a.token, body: form })
    expect(second.status, JSON.stringify(second.body)).toBe(200)
    expect(second.body.product.title).toBe(listed.title)
    expect(second.body.product.review.id).toBe(first.body.product.review.id)
    expect(Object.keys(second.body.product.review.changes).sort()).toEqual(["title", "variants"])
    const pending = await sqlRows(
      "SELECT id FROM product_review WHERE product_id = $1 AND status = 'pending' AND deleted_at IS NULL",
      [listed.productId],
    )
    expect(pending).toHaveLength(1)
    const store = await api(`/store/catalogue?producer=${a.producer.handle}`, { key })
    expect(store.body.products.find((p: { id: string }) => p.id === listed.productId)).toMatchObject({
      title: listed.title,
      price: { amount: 120000 },
    })

    // Putting everything back withdraws the pending change; with nothing pending, "no change" is a 400.
    const back = await api(path, {
      token: a.token,
      body: { title: listed.title, variants: live.variants.map(({ stock: _s, ...v }: Record<string, unknown>) => v) },
    })
    expect(back.status).toBe(200)
    expect(back.body.product.review).toBeNull()
    const none = await api(path, {
      token: a.token,
      body: { title: listed.title },
      headers: { "accept-language": "en" },
    })
    expect(none.status).toBe(400)
    expect(none.body.errors[""]).toMatch(/Nothing differs/)
  })

  it("refuses a variant id of another product and an empty change", async () => {
    const path = `/producer/products/${listed.productId}`
    const other = await sellableProduct(staff, b.producer.id, 90000)
    const res = await api(path, {
      token: a.token,
      body: { variants: [{ id: other.variantId, title: "Hộp", price_vnd: 1 }] },
    })
    expect(res.status).toBe(400)
    expect(res.body.errors).toEqual({ "variants.0.id": "Không tìm thấy phân loại này trong sản phẩm" })
    expect((await api(path, { token: a.token, body: {} })).status).toBe(400)
    expect((await api(path, { token: a.token })).body.product.review).toBeNull()
  })
})

describe("isolation between producers", () => {
  it("answers 404 for another producer's product, whatever the route", async () => {
    const mine = (await api("/producer/products", { token: a.token, body: newProduct() })).body.product
    for (const id of [mine.id, listed.productId, "prod_does_not_exist"]) {
      expect((await api(`/producer/products/${id}`, { token: b.token })).status).toBe(404)
      expect((await api(`/producer/products/${id}`, { token: b.token, body: { title: "Của tôi" } })).status).toBe(404)
      const stock = await api(`/producer/products/${id}/stock`, {
        token: b.token,
        body: { variant_id: mine.variants[0].id, quantity: 5 },
      })
      expect(stock.status).toBe(404)
      expect(stock.body).toEqual({ type: "not_found", message: "Không tìm thấy sản phẩm này" })
    }
    const reviews = await sqlRows("SELECT id FROM product_review WHERE product_id = $1", [mine.id])
    expect(reviews).toHaveLength(1)
    expect((await api(`/producer/products/${mine.id}`, { token: a.token })).body.product.title).toBe(mine.title)
  })

  it("lists only the signed-in producer's products, also when searching", async () => {
    const aList = await ownProducts(a.token, "?limit=200")
    const bList = await ownProducts(b.token, "?limit=200")
    const aIds = aList.products.map((p: { id: string }) => p.id)
    const bIds = bList.products.map((p: { id: string }) => p.id)
    expect(aIds).toContain(listed.productId)
    expect(aIds.filter((id: string) => bIds.includes(id))).toEqual([])
    const linked = await sqlRows<{ product_id: string }>(
      "SELECT product_id FROM producer_producer_product_product WHERE producer_id = $1 AND deleted_at IS NULL",
      [b.producer.id],
    )
    expect(bIds.sort()).toEqual(linked.map((l) => l.product_id).sort())
    expect(bList.count).toBe(bIds.length)
    expect(
      (await ownProducts(b.token, "?q=mat%20ong")).products.every((p: { id: string }) => bIds.includes(p.id)),
    ).toBe(true)
    // Another producer's id or a field list in the query changes nothing.
    for (const query of [
      `?limit=200&producer_id=${a.producer.id}`,
      "?limit=200&fields=*producer,id",
      `?limit=200&producer_id=${a.producer.id}&fields=producer_id`,
    ]) {
      const res = await ownProducts(b.token, query)
      expect(res.products.map((p: { id: string }) => p.id).sort(), query).toEqual([...bIds].sort())
    }
  })

  it("refuses staff tokens and missing tokens", async () => {
    expect((await api("/producer/products", { token: staff })).status).toBe(401)
    expect((await api("/producer/products")).status).toBe(401)
    expect((await api(`/producer/products/${listed.productId}`, { token: staff, body: { title: "x" } })).status).toBe(
      401,
    )
    expect((await api(`/producer/products/${listed.productId}`, { token: staff })).status).toBe(401)
    expect((await api("/producer/products", { token: staff, body: newProduct() })).status).toBe(401)
  })
})
