import { beforeAll, describe, expect, it } from "vitest"
import {
  adminToken,
  api,
  attachProduct,
  certify,
  createProducer,
  createProduct,
  createStaffUser,
  login,
  storeAccess,
  unique,
} from "./helpers"

let token: string
let salesChannelId: string

beforeAll(async () => {
  token = await adminToken()
  ;({ salesChannelId } = await storeAccess(token))
})

describe("admin producers", () => {
  it("refuses anonymous callers", async () => {
    const res = await api("/admin/producers")
    expect(res.status).toBe(401)
  })

  it("creates a producer with defaults and reads it back", async () => {
    const producer = await createProducer(token, { name: "Hợp tác xã Nấm hương Đà Sa Pa" })
    expect(producer).toMatchObject({ status: "active", photos: [], kind: "cooperative", district: "sa-pa" })
    expect(producer.id).toMatch(/^pdcr_/)
    expect(producer).not.toHaveProperty("search_text")
    const res = await api(`/admin/producers/${producer.id}`, { token })
    expect(res.status).toBe(200)
    expect(res.body.producer).toMatchObject({ id: producer.id, name: "Hợp tác xã Nấm hương Đà Sa Pa", products: [] })
  })

  it("answers 400 with Vietnamese field errors, English on Accept-Language: en", async () => {
    const bad = { handle: "Bad Handle", name: "", kind: "guild", district: "ha-noi", phone: "123", surprise: 1 }
    const vi = await api("/admin/producers", { token, body: bad })
    expect(vi.status).toBe(400)
    expect(vi.body.type).toBe("invalid_data")
    expect(vi.body.errors).toMatchObject({
      handle: expect.stringContaining("Đường dẫn"),
      kind: "Loại hình chủ thể không hợp lệ",
      district: "Huyện, thị xã, thành phố không hợp lệ",
      phone: expect.stringContaining("Số điện thoại"),
      surprise: "Trường không được hỗ trợ",
    })
    expect(vi.body.errors.name).toBeDefined()
    const en = await api("/admin/producers", { token, body: bad, headers: { "accept-language": "en-US,en;q=0.9" } })
    expect(en.status).toBe(400)
    expect(en.body.errors.district).toBe("Invalid district")
  })

  it("refuses a taken handle with 409 naming the field", async () => {
    const producer = await createProducer(token)
    const res = await api("/admin/producers", {
      token,
      body: {
        handle: producer.handle,
        name: "X",
        kind: "household",
        registration_number: "R",
        district: "bac-ha",
        commune: "Bắc Hà",
        address: "Bắc Hà",
        representative: "B",
        phone: "0987654321",
      },
    })
    expect(res.status).toBe(409)
    expect(res.body.errors.handle).toBeDefined()
  })

  it("updates a producer partially and validates the update", async () => {
    const producer = await createProducer(token)
    const res = await api(`/admin/producers/${producer.id}`, {
      token,
      body: { story_en: "Shiitake grown under the forest canopy", photos: ["https://example.com/a.jpg"] },
    })
    expect(res.status).toBe(200)
    expect(res.body.producer).toMatchObject({
      story_en: "Shiitake grown under the forest canopy",
      photos: ["https://example.com/a.jpg"],
      name: producer.name,
    })
    const bad = await api(`/admin/producers/${producer.id}`, { token, body: { status: "closed" } })
    expect(bad.status).toBe(400)
    expect(bad.body.errors.status).toBeDefined()
  })

  it("answers 404 for an unknown producer", async () => {
    expect((await api("/admin/producers/pdcr_missing", { token })).status).toBe(404)
    expect((await api("/admin/producers/pdcr_missing", { token, body: { name: "X" } })).status).toBe(404)
  })

  it("lists with filters, diacritic-free search and paging", async () => {
    const tag = unique()
    await createProducer(token, {
      name: `Công ty TNHH Rượu ngô Bản Phố ${tag}`,
      kind: "limited_company",
      district: "bac-ha",
    })
    await createProducer(token, { name: `Hộ kinh doanh Chè Shan tuyết ${tag}`, kind: "household", district: "bac-ha" })
    const searched = await api(`/admin/producers?q=ruou%20ngo%20ban%20pho%20${tag}`, { token })
    expect(searched.status).toBe(200)
    expect(searched.body.count).toBe(1)
    expect(searched.body.producers[0].name).toContain("Rượu ngô")
    const filtered = await api(`/admin/producers?q=${tag}&kind=household&district=bac-ha`, { token })
    expect(filtered.body.producers.map((p: any) => p.kind)).toEqual(["household"])
    const paged = await api(`/admin/producers?q=${tag}&limit=1&offset=1&order=name`, { token })
    expect(paged.body).toMatchObject({ count: 2, limit: 1, offset: 1 })
    expect(paged.body.producers[0].name).toContain("Chè Shan")
    // react-admin sorts by the primary key when a screen names no sort (pickers, dashboard counts).
    const byId = await api(`/admin/producers?q=${tag}&order=-id`, { token })
    expect(byId.status).toBe(200)
    const ids = byId.body.producers.map((p: any) => p.id)
    expect(ids).toEqual([...ids].sort().reverse())
    // ...and asks for the producers a page shows by id (getMany).
    const many = await api(`/admin/producers?id=${ids[0]}&id=${ids[1]}`, { token })
    expect(many.body.producers.map((p: any) => p.id).sort()).toEqual([...ids].sort())
    const one = await api(`/admin/producers?id=${ids[1]}`, { token })
    expect(one.body.producers.map((p: any) => p.id)).toEqual([ids[1]])
    const bad = await api("/admin/producers?district=ha-noi&limit=0", { token })
    expect(bad.status).toBe(400)
    expect(Object.keys(bad.body.errors).sort()).toEqual(["district", "limit"])
  })
})

describe("attaching products to producers", () => {
  it("links a product to one producer, replaces the link on re-attach and validates input", async () => {
    const first = await createProducer(token)
    const second = await createProducer(token)
    const product = await createProduct(token, { title: "Mật ong bạc hà", price: 250000, salesChannelId })
    const attached = await attachProduct(token, product.id, {
      producer_id: first.id,
      product_group: "food",
      origin_district: "bac-ha",
      title_en: "Mint honey",
    })
    expect(attached).toMatchObject({
      producer: { id: first.id },
      profile: { product_group: "food", origin_district: "bac-ha", title_en: "Mint honey" },
    })
    await attachProduct(token, product.id, { producer_id: second.id, product_group: "food", origin_district: "bac-ha" })
    const firstNow = await api(`/admin/producers/${first.id}`, { token })
    const secondNow = await api(`/admin/producers/${second.id}`, { token })
    expect(firstNow.body.producer.products).toEqual([])
    expect(secondNow.body.producer.products.map((p: any) => p.id)).toEqual([product.id])
    const read = await api(`/admin/products/${product.id}/ocop`, { token })
    expect(read.body.product.producer.id).toBe(second.id)

    const bad = await api(`/admin/products/${product.id}/ocop`, {
      token,
      body: { producer_id: second.id, product_group: "weapons", origin_district: "ha-noi" },
    })
    expect(bad.status).toBe(400)
    expect(Object.keys(bad.body.errors).sort()).toEqual(["origin_district", "product_group"])
    const unknownProducer = await api(`/admin/products/${product.id}/ocop`, {
      token,
      body: { producer_id: "pdcr_missing", product_group: "food", origin_district: "bac-ha" },
    })
    expect(unknownProducer.status).toBe(400)
    expect(unknownProducer.body.errors.producer_id).toBeDefined()
    const unknownProduct = await api(`/admin/products/prod_missing/ocop`, {
      token,
      body: { producer_id: second.id, product_group: "food", origin_district: "bac-ha" },
    })
    expect(unknownProduct.status).toBe(404)
  })
})

describe("a producer's page", () => {
  it("lists its products' certificates for the roles that may read certificates, and not for trade promotion", async () => {
    const producer = await createProducer(token)
    const product = await createProduct(token, { title: "Rượu ngô Bản Phố", price: 180000, salesChannelId })
    await attachProduct(token, product.id, {
      producer_id: producer.id,
      product_group: "beverage",
      origin_district: "bac-ha",
    })
    const cert = await certify(token, product.id, 4)
    const res = await api(`/admin/producers/${producer.id}`, { token })
    expect(res.body.producer.certifications).toEqual([
      expect.objectContaining({
        id: cert.id,
        certificate_number: cert.certificate_number,
        star_level: 4,
        status: "valid",
        product: { id: product.id, title: "Rượu ngô Bản Phố" },
      }),
    ])
    const { email, password } = await createStaffUser()
    const promotion = await login(email, password)
    const me = await api("/admin/users/me", { token: promotion })
    expect(
      (await api(`/admin/staff/${me.body.user.id}/role`, { token, body: { role: "trade_promotion" } })).status,
    ).toBe(200)
    const seen = await api(`/admin/producers/${producer.id}`, { token: promotion })
    expect(seen.status).toBe(200)
    expect(seen.body.producer.products.map((p: any) => p.id)).toEqual([product.id])
    expect(seen.body.producer).not.toHaveProperty("certifications")
    // Sales figures belong to the register: trade promotion reads them too.
    expect((await api(`/admin/producers/${producer.id}/sales`, { token: promotion })).status).toBe(200)
  })
})
