import { HttpError } from "react-admin"
import { describe, expect, it } from "vitest"
import { createMedusaDataProvider } from "./data-provider"
import { variantChanges, variantErrorsOnRows, type VariantRow } from "./products"
import { recordingFetch, type RecordedCall } from "./test-fetch"

const medusaProduct = {
  id: "prod_1",
  title: "Nấm hương Sa Pa",
  status: "draft",
  images: [{ id: "img_1", url: "http://api/static/nam.png" }],
  thumbnail: "http://api/static/nam.png",
  variants: [
    {
      id: "variant_1",
      title: "Gói 500 g",
      sku: "NAM-500",
      manage_inventory: true,
      inventory_items: [{ inventory_item_id: "iitem_1" }],
      prices: [
        { currency_code: "vnd", amount: 150000, rules: {} },
        // A region price and a price-list price are not the variant's base prices.
        { currency_code: "vnd", amount: 140000, rules: { region_id: "reg_1" } },
        { currency_code: "usd", amount: 6.4, rules: {} },
      ],
    },
  ],
}
const ocop = {
  id: "prod_1",
  producer: { id: "pdcr_1" },
  profile: { product_group: "food", origin_district: "sa-pa", title_en: "Sa Pa shiitake", description_en: null },
  star_level: 4,
  is_listed: false,
}

function setup(reply?: (call: RecordedCall) => { status?: number; json?: unknown } | undefined) {
  const { fetch, calls } = recordingFetch((call) => {
    const answer = reply?.(call)
    if (answer) return answer
    const p = call.url.pathname
    if (p === "/admin/ocop-products") return { json: { ocop_products: [{ id: "prod_1" }], count: 1 } }
    if (p.endsWith("/ocop")) return { json: { product: ocop } }
    if (p.endsWith("/ocop/variants")) return { json: { variants: [] } }
    return { json: { product: medusaProduct } }
  })
  return { provider: createMedusaDataProvider({ baseUrl: "http://api", fetch, getToken: () => "t" }), calls }
}

const row = (overrides: Partial<VariantRow> = {}): VariantRow => ({
  id: "variant_1",
  title: "Gói 500 g",
  sku: "NAM-500",
  price: 150000,
  price_usd: 640,
  manage_inventory: true,
  inventory_item_id: "iitem_1",
  ...overrides,
})

describe("products in the data provider", () => {
  it("lists from the OCOP product list with its filters, stock included", async () => {
    const { provider, calls } = setup()
    const res = await provider.getList("products", {
      pagination: { page: 2, perPage: 10 },
      sort: { field: "title", order: "ASC" },
      filter: { product_group: "food", certificate_status: "in_force", stock: "low" },
    })
    expect(res.total).toBe(1)
    expect(calls[0]?.url.pathname).toBe("/admin/ocop-products")
    expect(Object.fromEntries(calls[0]!.url.searchParams)).toMatchObject({
      product_group: "food",
      certificate_status: "in_force",
      stock: "low",
      offset: "10",
      order: "title",
    })
  })

  it("reads one product joined with its OCOP profile, base VND price and USD price in cents", async () => {
    const { provider } = setup()
    const { data } = await provider.getOne("products", { id: "prod_1" })
    expect(data).toMatchObject({
      id: "prod_1",
      producer_id: "pdcr_1",
      product_group: "food",
      title_en: "Sa Pa shiitake",
      star_level: 4,
      thumbnail: "http://api/static/nam.png",
      variants: [row()],
    })
  })

  it("shows variants in the order the office gave them", async () => {
    const variant = medusaProduct.variants[0]!
    const { provider } = setup((call) =>
      call.url.pathname === "/admin/products/prod_1"
        ? {
            json: {
              product: {
                ...medusaProduct,
                variants: [
                  { ...variant, id: "v_late", title: "Hộp 1 kg", variant_rank: 2, created_at: "2026-01-01T00:00:00Z" },
                  {
                    ...variant,
                    id: "v_first",
                    title: "Gói 100 g",
                    variant_rank: 0,
                    created_at: "2026-01-02T00:00:00Z",
                  },
                ],
              },
            },
          }
        : undefined,
    )
    const { data } = await provider.getOne("products", { id: "prod_1" })
    expect(data.variants.map((v: VariantRow) => v.id)).toEqual(["v_first", "v_late"])
  })

  it("creates the product in one request and reads back the record it answers with", async () => {
    const { provider, calls } = setup((call) =>
      call.url.pathname === "/admin/ocop-products" && call.method === "POST"
        ? { status: 201, json: { product: medusaProduct, ocop } }
        : undefined,
    )
    const { data } = await provider.create("products", {
      data: {
        title: "Nấm hương Sa Pa",
        status: "draft",
        producer_id: "pdcr_1",
        product_group: "food",
        origin_district: "sa-pa",
        variants: [
          { title: "Gói 500 g", price: 150000, price_usd: 640, manage_inventory: true },
          { title: "Gói 1 kg", price: 280000, price_usd: null, manage_inventory: false },
        ],
      },
    })
    expect(calls.map((c) => `${c.method} ${c.url.pathname}`)).toEqual(["POST /admin/ocop-products"])
    expect(calls[0]?.body).toEqual({
      title: "Nấm hương Sa Pa",
      status: "draft",
      producer_id: "pdcr_1",
      product_group: "food",
      origin_district: "sa-pa",
      title_en: null,
      description_en: null,
      variants: [
        { title: "Gói 500 g", sku: null, price_vnd: 150000, price_usd: 640, manage_inventory: true },
        { title: "Gói 1 kg", sku: null, price_vnd: 280000, price_usd: null, manage_inventory: false },
      ],
    })
    expect(data).toMatchObject({ id: "prod_1", producer_id: "pdcr_1", title_en: "Sa Pa shiitake", variants: [row()] })
  })

  it("puts the server's refusal of a new variant's VND price on the form's price input", async () => {
    const { provider } = setup((call) =>
      call.url.pathname === "/admin/ocop-products"
        ? { status: 400, json: { type: "invalid_data", message: "x", errors: { "variants.1.price_vnd": "Số tiền" } } }
        : undefined,
    )
    const create = provider.create("products", { data: { title: "x", variants: [] } })
    await expect(create).rejects.toMatchObject({ body: { errors: { "variants.1.price": "Số tiền" } } })
  })

  it("saves variants in one batch, a new packaging and the removed ones; the profile is left alone", async () => {
    const { provider, calls } = setup()
    const previous = (await provider.getOne("products", { id: "prod_1" })).data
    calls.length = 0
    await provider.update("products", {
      id: "prod_1",
      data: {
        ...previous,
        variants: [{ title: "Hộp 1 kg", sku: "NAM-1KG", price: 280000, price_usd: 1120, manage_inventory: true }],
      },
      previousData: {
        ...previous,
        variants: [...previous.variants, row({ id: "variant_2", title: "Gói 100 g", sku: null })],
      },
    })
    const posts = calls.filter((c) => c.method === "POST")
    expect(posts.map((c) => c.url.pathname)).toEqual(["/admin/products/prod_1/ocop/variants"])
    expect(posts[0]?.body).toEqual({
      create: [{ title: "Hộp 1 kg", sku: "NAM-1KG", price_vnd: 280000, price_usd: 1120, manage_inventory: true }],
      update: [],
      delete: ["variant_1", "variant_2"],
    })
  })

  it("shows the server’s variant errors next to the rows they concern", async () => {
    const { provider } = setup((call) =>
      call.url.pathname.endsWith("/ocop/variants") && call.method === "POST"
        ? {
            status: 409,
            json: {
              type: "duplicate_error",
              message: "Mã SKU này đã được dùng",
              errors: { "create.0.sku": "Mã SKU này đã được dùng", "update.0.price_vnd": "Sai" },
            },
          }
        : undefined,
    )
    const previous = (await provider.getOne("products", { id: "prod_1" })).data
    const attempt = provider.update("products", {
      id: "prod_1",
      data: { ...previous, variants: [row({ price: 1 }), row({ id: undefined, title: "Hộp", sku: "TAKEN" })] },
      previousData: previous,
    })
    await expect(attempt).rejects.toMatchObject({
      status: 409,
      body: { errors: { "variants.1.sku": "Mã SKU này đã được dùng", "variants.0.price": "Sai" } },
    })
    await expect(attempt).rejects.toBeInstanceOf(HttpError)
  })
})

describe("variantChanges", () => {
  it("sends only the fields that changed, and clears a USD price with null", () => {
    const before = [row(), row({ id: "variant_2", title: "Gói 1 kg", sku: null, price_usd: null })]
    const after = [
      row({ price_usd: null }),
      row({ id: "variant_2", title: "Túi 1 kg", sku: "", price_usd: null, manage_inventory: false }),
    ]
    expect(variantChanges(after, before)).toEqual({
      create: [],
      update: [
        { id: "variant_1", price_usd: null },
        { id: "variant_2", title: "Túi 1 kg", manage_inventory: false },
      ],
      delete: [],
    })
    expect(variantChanges(before, before)).toEqual({ create: [], update: [], delete: [] })
  })

  it("puts errors it cannot place on the variants field", () => {
    const rows = [row()]
    expect(
      variantErrorsOnRows({ delete: "Sản phẩm phải còn ít nhất một quy cách" }, rows, variantChanges(rows, rows)),
    ).toEqual({
      variants: "Sản phẩm phải còn ít nhất một quy cách",
    })
  })
})
