import { beforeAll, describe, expect, it } from "vitest"
import { adminToken, api, attachProduct, certify, createProducer, createProduct, storeAccess, unique } from "./helpers"

let token: string
let producerId: string
const tag = unique()
const ids: Record<"certified" | "draft", string> = { certified: "", draft: "" }

beforeAll(async () => {
  token = await adminToken()
  const { salesChannelId } = await storeAccess(token)
  producerId = (await createProducer(token, { district: "bac-ha" })).id
  const certified = await createProduct(token, { title: `Mận tam hoa Bắc Hà ${tag}`, price: 90000, salesChannelId })
  const draft = await createProduct(token, {
    title: `Rượu ngô Bản Phố ${tag}`,
    price: 150000,
    salesChannelId,
    status: "draft",
  })
  ids.certified = certified.id
  ids.draft = draft.id
  await attachProduct(token, certified.id, {
    producer_id: producerId,
    product_group: "food",
    origin_district: "bac-ha",
  })
  await attachProduct(token, draft.id, {
    producer_id: producerId,
    product_group: "beverage",
    origin_district: "bac-ha",
  })
  await certify(token, certified.id, 4)
})

const list = (query: string) => api(`/admin/ocop-products?producer_id=${producerId}&${query}`, { token })

describe("admin OCOP product list", () => {
  it("lists a producer's products with their OCOP facts", async () => {
    const res = await list("order=title")
    expect(res.status).toBe(200)
    expect(res.body.count).toBe(2)
    expect(res.body.ocop_products.map((p: any) => p.id)).toEqual([ids.certified, ids.draft])
    expect(res.body.ocop_products[0]).toMatchObject({
      product_group: "food",
      origin_district: "bac-ha",
      star_level: 4,
      is_certified: true,
      published: true,
      is_listed: true,
      min_price: 90000,
    })
    expect(res.body.ocop_products[1]).toMatchObject({ is_certified: false, published: false, star_level: null })
  })

  it("filters by group, certificate status, publication and folded search", async () => {
    expect((await list("product_group=beverage")).body.ocop_products.map((p: any) => p.id)).toEqual([ids.draft])
    expect((await list("certificate_status=in_force")).body.ocop_products.map((p: any) => p.id)).toEqual([
      ids.certified,
    ])
    expect((await list("certificate_status=none")).body.ocop_products.map((p: any) => p.id)).toEqual([ids.draft])
    expect((await list("published=false")).body.ocop_products.map((p: any) => p.id)).toEqual([ids.draft])
    expect((await list("star_level=4")).body.count).toBe(1)
    expect((await list("origin_district=sa-pa")).body.count).toBe(0)
    const folded = await api(`/admin/ocop-products?q=${encodeURIComponent(`man tam hoa bac ha ${tag}`)}`, { token })
    expect(folded.body.ocop_products.map((p: any) => p.id)).toEqual([ids.certified])
  })

  it("answers 400 for bad filters and pages with limit and offset", async () => {
    const bad = await list("product_group=cars&published=maybe")
    expect(bad.status).toBe(400)
    expect(Object.keys(bad.body.errors).sort()).toEqual(["product_group", "published"])
    const page = await list("order=title&limit=1&offset=1")
    expect(page.body).toMatchObject({ count: 2, limit: 1, offset: 1 })
    expect(page.body.ocop_products.map((p: any) => p.id)).toEqual([ids.draft])
  })
})
