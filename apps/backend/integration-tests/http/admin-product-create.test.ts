import pg from "pg"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { adminToken, api, attachProduct, createProducer, createProduct, storeAccess, unique } from "./helpers"
import { failCatalogueWrites } from "./injected-failure"

let token: string
let db: pg.Client
let producerId: string
let otherProducerId: string
let salesChannelId: string
const tag = unique()

beforeAll(async () => {
  token = await adminToken()
  salesChannelId = (await storeAccess(token)).salesChannelId
  producerId = (await createProducer(token, { district: "bac-ha" })).id
  otherProducerId = (await createProducer(token)).id
  db = new pg.Client({ connectionString: inject("databaseUrl") })
  await db.connect()
})

afterAll(async () => {
  await db?.end()
})

const newProduct = (suffix: string, overrides: Record<string, unknown> = {}) => ({
  title: `Mật ong bạc hà ${suffix}`,
  handle: `mat-ong-bac-ha-${suffix}`,
  status: "published",
  producer_id: producerId,
  product_group: "food",
  origin_district: "bac-ha",
  variants: [
    { title: "Chai 500 ml", sku: `MOBH-500-${suffix}`, price_vnd: 180000, price_usd: 750 },
    { title: "Chai 250 ml", sku: `MOBH-250-${suffix}`, price_vnd: 100000, price_usd: null, manage_inventory: false },
  ],
  ...overrides,
})

/** Rows a product with this handle and these SKUs left anywhere: product, variants, links, profile, stock. */
async function leftovers(handle: string, skus: string[]) {
  const count = async (sql: string, values: unknown[]) => Number((await db.query(sql, values)).rows[0].count)
  const product = `SELECT id FROM product WHERE handle = $1 AND deleted_at IS NULL`
  return {
    products: await count(`SELECT count(*) FROM product WHERE handle = $1 AND deleted_at IS NULL`, [handle]),
    variants: await count(`SELECT count(*) FROM product_variant WHERE sku = ANY($1) AND deleted_at IS NULL`, [skus]),
    inventory_items: await count(`SELECT count(*) FROM inventory_item WHERE sku = ANY($1) AND deleted_at IS NULL`, [
      skus,
    ]),
    producer_links: await count(
      `SELECT count(*) FROM producer_producer_product_product WHERE product_id IN (${product}) AND deleted_at IS NULL`,
      [handle],
    ),
    channel_links: await count(
      `SELECT count(*) FROM product_sales_channel WHERE product_id IN (${product}) AND deleted_at IS NULL`,
      [handle],
    ),
    profiles: await count(
      `SELECT count(*) FROM product_profile WHERE product_id IN (${product}) AND deleted_at IS NULL`,
      [handle],
    ),
    catalogue_rows: await count(`SELECT count(*) FROM catalogue_entry WHERE handle = $1 AND deleted_at IS NULL`, [
      handle,
    ]),
  }
}

const nothing = {
  products: 0,
  variants: 0,
  inventory_items: 0,
  producer_links: 0,
  channel_links: 0,
  profiles: 0,
  catalogue_rows: 0,
}

describe("POST /admin/ocop-products", () => {
  it("creates product, prices, stock items, producer and profile in one request", async () => {
    const body = newProduct(`ok-${tag}`)
    const res = await api("/admin/ocop-products", { token, body })
    expect(res.status).toBe(201)
    expect(res.body.product).toMatchObject({ handle: body.handle, status: "published" })
    const variants = [...res.body.product.variants].sort((a: any, b: any) => a.variant_rank - b.variant_rank)
    expect(variants.map((v: any) => [v.title, v.manage_inventory])).toEqual([
      ["Chai 500 ml", true],
      ["Chai 250 ml", false],
    ])
    const usd = variants[0].prices.find((p: any) => p.currency_code === "usd")
    expect(Number(usd.amount)).toBe(7.5)
    expect(variants[0].inventory_items).toHaveLength(1)
    expect(res.body.ocop).toMatchObject({
      producer: { id: producerId },
      profile: { product_group: "food", origin_district: "bac-ha", title_en: null },
    })
    const found = await leftovers(body.handle, [body.variants[0]!.sku, body.variants[1]!.sku])
    expect(found).toEqual({
      ...nothing,
      products: 1,
      variants: 2,
      inventory_items: 1,
      producer_links: 1,
      channel_links: 1,
      profiles: 1,
      catalogue_rows: 1,
    })
  })

  it("refuses an unknown producer on its field and creates nothing", async () => {
    const body = newProduct(`nobody-${tag}`, { producer_id: "prod_nobody" })
    const res = await api("/admin/ocop-products", { token, body, headers: { "accept-language": "en" } })
    expect(res.status).toBe(400)
    expect(res.body.errors).toEqual({ producer_id: "No such producer" })
    expect(
      await leftovers(
        body.handle,
        body.variants.map((v) => v.sku),
      ),
    ).toEqual(nothing)
  })

  it("leaves nothing behind when the last step fails", async () => {
    const body = newProduct(`fail-${tag}`, { title_en: `inject-failure-${tag}` })
    const res = await failCatalogueWrites(db, `inject-failure-${tag}`, () =>
      api("/admin/ocop-products", { token, body }),
    )
    expect(res.status).toBeGreaterThanOrEqual(500)
    expect(
      await leftovers(
        body.handle,
        body.variants.map((v) => v.sku),
      ),
    ).toEqual(nothing)
    // the same product goes through once the fault is gone: nothing half-made blocks its handle or SKUs
    expect((await api("/admin/ocop-products", { token, body })).status).toBe(201)
  })
})

describe("POST /admin/products/:id/ocop", () => {
  it("moving a product to another producer is undone as a whole when the last step fails", async () => {
    const product = await createProduct(token, { title: `Rượu ngô ${tag}`, price: 150000, salesChannelId })
    await attachProduct(token, product.id, {
      producer_id: producerId,
      product_group: "beverage",
      origin_district: "bac-ha",
    })
    const res = await failCatalogueWrites(db, `inject-move-${tag}`, () =>
      api(`/admin/products/${product.id}/ocop`, {
        token,
        body: {
          producer_id: otherProducerId,
          product_group: "food",
          origin_district: "sa-pa",
          title_en: `inject-move-${tag}`,
        },
      }),
    )
    expect(res.status).toBeGreaterThanOrEqual(500)
    const after = await api(`/admin/products/${product.id}/ocop`, { token })
    expect(after.body.product).toMatchObject({
      producer: { id: producerId },
      profile: { product_group: "beverage", origin_district: "bac-ha", title_en: null },
    })
    const links = await db.query(
      `SELECT producer_id FROM producer_producer_product_product WHERE product_id = $1 AND deleted_at IS NULL`,
      [product.id],
    )
    expect(links.rows).toEqual([{ producer_id: producerId }])
  })
})
