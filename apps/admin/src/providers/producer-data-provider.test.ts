import { describe, expect, it } from "vitest"
import { createConsoleDataProvider } from "./console-data-provider"
import { withPendingChanges, type ProducerProductRecord } from "./producer-products"
import { recordingFetch, type RecordedCall } from "./test-fetch"

const apiProduct = {
  id: "prod_1",
  title: "Cam sành Bảo Thắng",
  title_en: "Bảo Thắng king orange",
  handle: "cam-sanh-bao-thang",
  status: "published",
  thumbnail: "https://cdn/cam.jpg",
  images: [{ id: "img_1", url: "https://cdn/cam.jpg" }],
  description: "Cam sành vỏ mỏng",
  description_en: null,
  product_group: "food",
  origin_district: "bao-thang",
  star_level: 4,
  certificate_status: "valid",
  variants: [
    { id: "var_1", title: "Thùng 5 kg", sku: "CAM-5", price_vnd: 150000, price_usd: 650, stock: 40 },
    { id: "var_2", title: "Thùng 10 kg", sku: null, price_vnd: 280000, price_usd: 1200, stock: 12 },
  ],
  review: null,
}

function setup(reply?: Parameters<typeof recordingFetch>[0]) {
  const { fetch, calls } = recordingFetch(
    reply ?? (() => ({ json: { product: apiProduct, products: [apiProduct], count: 1 } })),
  )
  const provider = createConsoleDataProvider({ baseUrl: "http://api", fetch, getToken: () => "tok" })
  return { provider, calls }
}

const route = (c: RecordedCall) => `${c.method} ${c.url.pathname}${c.url.search}`

describe("producer resources go to /producer/*, scoped by the server", () => {
  it("lists products with paging and search, without staff sort parameters", async () => {
    const { provider, calls } = setup()
    const result = await provider.getList("producer-products", {
      pagination: { page: 2, perPage: 25 },
      sort: { field: "id", order: "ASC" },
      filter: { q: "cam" },
    })
    expect(calls.map(route)).toEqual(["GET /producer/products?q=cam&limit=25&offset=25"])
    expect(calls[0]?.headers.Authorization).toBe("Bearer tok")
    expect(result.total).toBe(1)
    expect(result.data[0]).toMatchObject({
      id: "prod_1",
      min_price_vnd: 150000,
      images: [{ src: "https://cdn/cam.jpg" }],
    })
  })

  it("reads the stock screen from the same product list, and one order or product by id", async () => {
    const { provider, calls } = setup((call) =>
      call.url.pathname.startsWith("/producer/orders")
        ? { json: { order: { id: "order_1", items: [] }, orders: [], count: 0 } }
        : { json: { product: apiProduct, products: [apiProduct], count: 1 } },
    )
    await provider.getList("producer-stock", {
      pagination: { page: 1, perPage: 10 },
      sort: { field: "id", order: "ASC" },
      filter: {},
    })
    await provider.getList("producer-orders", {
      pagination: { page: 1, perPage: 10 },
      sort: { field: "id", order: "ASC" },
      filter: { status: "pending" },
    })
    await provider.getOne("producer-orders", { id: "order_1" })
    await provider.getOne("producer-products", { id: "prod/1" })
    expect(calls.map(route)).toEqual([
      "GET /producer/products?limit=10&offset=0",
      "GET /producer/orders?status=pending&limit=10&offset=0",
      "GET /producer/orders/order_1",
      "GET /producer/products/prod%2F1",
    ])
  })

  it("creates a product with both prices, leaving empty optional texts out", async () => {
    const { provider, calls } = setup()
    await provider.create("producer-products", {
      data: {
        title: "Quýt Bảo Thắng",
        title_en: "",
        description: "Quýt ngọt",
        product_group: "food",
        origin_district: "bao-thang",
        images: [{ src: "https://cdn/quyt.jpg" }],
        variants: [{ title: "Túi 2 kg", sku: "", price_vnd: 90000, price_usd: 390 }],
      },
    })
    expect(calls.map(route)).toEqual(["POST /producer/products"])
    expect(calls[0]?.body).toEqual({
      title: "Quýt Bảo Thắng",
      description: "Quýt ngọt",
      product_group: "food",
      origin_district: "bao-thang",
      images: ["https://cdn/quyt.jpg"],
      variants: [{ title: "Túi 2 kg", price_vnd: 90000, price_usd: 390 }],
    })
  })

  it("sends an edit for review with existing variant ids and cleared texts as null", async () => {
    const { provider, calls } = setup()
    const previous = (await provider.getOne("producer-products", { id: "prod_1" })).data as ProducerProductRecord
    const data = {
      ...previous,
      title_en: "",
      variants: [
        { ...previous.variants[0]!, price_vnd: 155000 },
        previous.variants[1]!,
        { title: "Hộp quà 3 kg", price_vnd: 200000, price_usd: 900 },
      ],
    }
    await provider.update("producer-products", { id: "prod_1", data, previousData: previous })
    const update = calls[1]!
    expect(route(update)).toBe("POST /producer/products/prod_1")
    expect(update.body).toMatchObject({
      title: "Cam sành Bảo Thắng",
      title_en: null,
      description_en: null,
      images: ["https://cdn/cam.jpg"],
      variants: [
        { id: "var_1", title: "Thùng 5 kg", sku: "CAM-5", price_vnd: 155000, price_usd: 650 },
        { id: "var_2", title: "Thùng 10 kg", price_vnd: 280000, price_usd: 1200 },
        { title: "Hộp quà 3 kg", price_vnd: 200000, price_usd: 900 },
      ],
    })
    // Stock, status and stars are not the producer's to send with a listing.
    expect(Object.keys(update.body as object)).not.toContain("status")
    expect(JSON.stringify(update.body)).not.toContain("stock")
  })

  it("uploads new pictures through /producer/uploads first, keeping their place among the old ones", async () => {
    const { provider, calls } = setup((call) =>
      call.url.pathname === "/producer/uploads"
        ? {
            json: {
              files: [
                { id: "f1", url: "https://cdn/new-1.jpg" },
                { id: "f2", url: "https://cdn/new-2.jpg" },
              ],
            },
          }
        : { json: { product: apiProduct } },
    )
    const file = (name: string) => new File(["x"], name, { type: "image/jpeg" })
    await provider.update("producer-products", {
      id: "prod_1",
      previousData: { id: "prod_1" },
      data: {
        title: "Cam",
        images: [
          { src: "blob:1", rawFile: file("a.jpg") },
          { src: "https://cdn/cam.jpg" },
          { src: "blob:2", rawFile: file("b.jpg") },
        ],
        variants: [],
      },
    })
    expect(calls.map(route)).toEqual(["POST /producer/uploads", "POST /producer/products/prod_1"])
    expect(calls[0]?.headers.Authorization).toBe("Bearer tok")
    expect((calls[1]?.body as { images: string[] }).images).toEqual([
      "https://cdn/new-1.jpg",
      "https://cdn/cam.jpg",
      "https://cdn/new-2.jpg",
    ])
  })

  it("sets stock of one variant at once, and reads the dashboard", async () => {
    const { provider, calls } = setup((call) =>
      call.url.pathname === "/producer/dashboard"
        ? {
            json: {
              orders_to_prepare: 2,
              sales_this_month: { orders: 3, revenue_vnd: 450000 },
              certificates_expiring: [],
              reviews_pending: 1,
            },
          }
        : { json: { product: apiProduct } },
    )
    await provider.setProducerStock("prod_1", "var_1", 55)
    const { data } = await provider.getProducerDashboard()
    expect(calls.map(route)).toEqual(["POST /producer/products/prod_1/stock", "GET /producer/dashboard"])
    expect(calls[0]?.body).toEqual({ variant_id: "var_1", quantity: 55 })
    expect(data.sales_this_month.revenue_vnd).toBe(450000)
  })

  it("saves only the producer's own profile fields, never the office's", async () => {
    const producer = {
      id: "pdcr_1",
      name: "HTX Cam quýt Bảo Thắng",
      kind: "cooperative",
      registration_number: "5307001021",
      district: "bao-thang",
      commune: "Xã Phong Niên",
      status: "active",
      address: "Phong Niên",
      representative: "Nguyễn Văn Hưng",
      phone: "0912345601",
      email: null,
      story_vi: "Cũ",
      story_en: null,
      logo_url: null,
      photos: ["https://cdn/p1.jpg"],
    }
    const { provider, calls } = setup(() => ({ json: { producer } }))
    const { data } = await provider.getOne("producer-profile", { id: "me" })
    expect(data).toMatchObject({ id: "me", producer_id: "pdcr_1", photos: [{ src: "https://cdn/p1.jpg" }], logo: null })
    await provider.update("producer-profile", {
      id: "me",
      data: { ...data, name: "Tên khác", story_vi: "Mới", email: "" },
      previousData: data,
    })
    expect(calls.map(route)).toEqual(["GET /producer/profile", "POST /producer/profile"])
    expect(calls[1]?.body).toEqual({
      story_vi: "Mới",
      story_en: null,
      phone: "0912345601",
      email: null,
      address: "Phong Niên",
      representative: "Nguyễn Văn Hưng",
      logo_url: null,
      photos: ["https://cdn/p1.jpg"],
    })
  })

  it("refuses what the producer API does not offer, without calling it", async () => {
    const { provider, calls } = setup()
    await expect(
      provider.delete("producer-products", { id: "prod_1", previousData: { id: "prod_1" } }),
    ).rejects.toThrow()
    await expect(provider.create("producer-orders", { data: {} })).rejects.toThrow()
    expect(calls).toHaveLength(0)
  })
})

describe("routing by resource", () => {
  it("keeps staff resources on /admin and the review queue on /admin/product-reviews", async () => {
    const { provider, calls } = setup((call) => ({
      json: call.url.pathname.startsWith("/admin/product-reviews")
        ? { product_reviews: [], count: 0, product_review: { id: "rev_1", status: "approved" } }
        : { producers: [], count: 0 },
    }))
    await provider.getList("producers", {
      pagination: { page: 1, perPage: 5 },
      sort: { field: "name", order: "ASC" },
      filter: {},
    })
    await provider.getList("product-reviews", {
      pagination: { page: 1, perPage: 5 },
      sort: { field: "id", order: "ASC" },
      filter: { status: "pending", producer_id: "pdcr_1" },
    })
    const one = await provider.getOne("product-reviews", { id: "rev_1" })
    await provider.approveReview("rev_1")
    await provider.approveReview("rev_1", "  Ảnh đẹp ")
    await provider.rejectReview("rev_1", "Ảnh chưa đúng sản phẩm")
    expect(calls.map(route)).toEqual([
      "GET /admin/producers?limit=5&offset=0&order=name",
      "GET /admin/product-reviews?status=pending&producer_id=pdcr_1&limit=5&offset=0",
      "GET /admin/product-reviews/rev_1",
      "POST /admin/product-reviews/rev_1/approve",
      "POST /admin/product-reviews/rev_1/approve",
      "POST /admin/product-reviews/rev_1/reject",
    ])
    expect(one.data).toMatchObject({ id: "rev_1" })
    expect(calls.slice(3).map((c) => c.body)).toEqual([
      {},
      { comment: "Ảnh đẹp" },
      { comment: "Ảnh chưa đúng sản phẩm" },
    ])
  })

  it("refuses a rejection without a reason before asking the server", async () => {
    const { provider, calls } = setup()
    await expect(provider.rejectReview("rev_1", "   ")).rejects.toThrow("ocop.reviews.comment_required")
    expect(calls).toHaveLength(0)
  })
})

describe("withPendingChanges", () => {
  it("starts the edit form from the change waiting for review, keeping live stock", async () => {
    const { provider } = setup(() => ({
      json: {
        product: {
          ...apiProduct,
          review: {
            id: "rev_1",
            kind: "update",
            status: "pending",
            comment: null,
            submitted_at: "2026-11-20T03:00:00Z",
            reviewed_at: null,
            changes: {
              title: "Cam sành loại 1",
              variants: [{ id: "var_1", title: "Thùng 5 kg", price_vnd: 160000, price_usd: 700 }],
            },
          },
        },
      },
    }))
    const live = (await provider.getOne("producer-products", { id: "prod_1" })).data as ProducerProductRecord
    expect(live.title).toBe("Cam sành Bảo Thắng")
    const form = withPendingChanges(live)
    expect(form.title).toBe("Cam sành loại 1")
    expect(form.title_en).toBe("Bảo Thắng king orange")
    expect(form.variants).toEqual([
      { id: "var_1", title: "Thùng 5 kg", sku: null, price_vnd: 160000, price_usd: 700, stock: 40 },
    ])
    expect(withPendingChanges({ ...live, review: { ...live.review!, status: "rejected" } }).title).toBe(
      "Cam sành Bảo Thắng",
    )
  })
})
