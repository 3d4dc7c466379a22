import { beforeAll, describe, expect, it } from "vitest"
import { adminToken, api, certify, daysFromToday } from "./helpers"
import { seededStore, sqlRows } from "./checkout-helpers"
import { placeOrder, producerAccount, sellableProduct, uploadedUrl } from "./producer-helpers"

type Account = Awaited<ReturnType<typeof producerAccount>>

let staff: string
let a: Account
let b: Account
let aProduct: Awaited<ReturnType<typeof sellableProduct>>
let bProduct: Awaited<ReturnType<typeof sellableProduct>>
let orders: { aOnly: any; mixed: any; bOnly: any }

/**
 * Two producers, A and B, each with a certified product and a user. Three orders: A's product
 * alone (delivered), A's and B's together (picked up at a showroom), B's alone.
 */
beforeAll(async () => {
  staff = await adminToken()
  ;[a, b] = await Promise.all([producerAccount(staff), producerAccount(staff)])
  ;[aProduct, bProduct] = await Promise.all([
    sellableProduct(staff, a.producer.id, 120_000),
    sellableProduct(staff, b.producer.id, 50_000),
  ])
  const { key, vnRegionId } = await seededStore()
  orders = {
    aOnly: await placeOrder(key, vnRegionId, [{ variant_id: aProduct.variantId, quantity: 2 }]),
    mixed: await placeOrder(
      key,
      vnRegionId,
      [
        { variant_id: aProduct.variantId, quantity: 1 },
        { variant_id: bProduct.variantId, quantity: 3 },
      ],
      true,
    ),
    bOnly: await placeOrder(key, vnRegionId, [{ variant_id: bProduct.variantId, quantity: 1 }]),
  }
}, 180_000)

describe("profile", () => {
  it("me and profile show the signed-in user's own producer", async () => {
    const me = await api("/producer/me", { token: a.token })
    expect(me.body.producer.id).toBe(a.producer.id)
    expect(me.body.user.id).toBe(a.user.id)
    expect((await api("/producer/profile", { token: b.token })).body.producer.id).toBe(b.producer.id)
  })

  it("a producer edits its story, contact and pictures, and only its own", async () => {
    const res = await api("/producer/profile", {
      token: a.token,
      body: {
        story_vi: "Câu chuyện mới",
        story_en: "A new story",
        phone: "0987 654 321",
        photos: [uploadedUrl("anh-1.jpg")],
        id: undefined,
      },
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body.producer).toMatchObject({
      id: a.producer.id,
      story_vi: "Câu chuyện mới",
      phone: "0987654321",
      photos: [uploadedUrl("anh-1.jpg")],
    })
    const other = await api(`/admin/producers/${b.producer.id}`, { token: staff })
    expect(other.body.producer.story_vi).toBeNull()
    expect(other.body.producer.phone).toBe(b.producer.phone)
  })

  it("refuses the fields staff keep, and bad values, changing nothing", async () => {
    const before = await sqlRows("SELECT * FROM producer WHERE id = $1", [a.producer.id])
    for (const body of [
      { name: "Tên mới" },
      { kind: "company" },
      { registration_number: "123" },
      { district: "sa-pa" },
      { status: "active" },
      { handle: "htx-moi" },
      { id: b.producer.id, story_vi: "Ghi đè chủ thể khác" },
      { story_vi: "ok", phone: "123" },
      { photos: ["ftp://anh.example/1.jpg"] },
    ]) {
      const res = await api("/producer/profile", { token: a.token, body, headers: { "accept-language": "en" } })
      expect(res.status, JSON.stringify(body)).toBe(400)
      expect(res.body.type).toBe("invalid_data")
    }
    expect(await sqlRows("SELECT * FROM producer WHERE id = $1", [a.producer.id])).toEqual(before)
    expect(
      (await sqlRows<{ story_vi: string | null }>("SELECT story_vi FROM producer WHERE id = $1", [b.producer.id]))[0]!
        .story_vi,
    ).toBeNull()
  })
})

describe("profile pictures", () => {
  it("accepts only pictures uploaded through us, or ones the record already has", async () => {
    const before = await sqlRows("SELECT logo_url, photos FROM producer WHERE id = $1", [a.producer.id])
    for (const body of [
      { logo_url: "https://tracker.example/logo.png" },
      { photos: [uploadedUrl("anh-2.jpg"), "https://tracker.example/1.jpg"] },
      // the file module's path on another host, or a look-alike host
      { photos: ["https://evil.example/static/anh.jpg"] },
      { logo_url: uploadedUrl("logo.png").replace("//localhost:", "//localhost.evil.example:") },
      { logo_url: uploadedUrl("logo.png").replace("/static/", "/app/") },
    ]) {
      const res = await api("/producer/profile", { token: a.token, body, headers: { "accept-language": "en" } })
      expect(res.status, JSON.stringify(body)).toBe(400)
      expect(Object.values(res.body.errors)).toContain("Pictures must be uploaded through OCOP Lào Cai")
    }
    expect(await sqlRows("SELECT logo_url, photos FROM producer WHERE id = $1", [a.producer.id])).toEqual(before)
    const refused = await api("/producer/profile", {
      token: a.token,
      body: { photos: ["https://tracker.example/1.jpg"] },
    })
    expect(refused.body.errors).toEqual({ "photos.0": "Ảnh phải được tải lên qua hệ thống OCOP Lào Cai" })

    // A picture staff put on the record may be sent back unchanged with a new upload beside it.
    const staffPhoto = "https://anh.example/tu-van-phong.jpg"
    expect(
      (await api(`/admin/producers/${b.producer.id}`, { token: staff, body: { photos: [staffPhoto] } })).status,
    ).toBe(200)
    const kept = await api("/producer/profile", {
      token: b.token,
      body: { photos: [staffPhoto, uploadedUrl("moi.jpg")], logo_url: uploadedUrl("logo.png") },
    })
    expect(kept.status, JSON.stringify(kept.body)).toBe(200)
    expect(kept.body.producer).toMatchObject({
      photos: [staffPhoto, uploadedUrl("moi.jpg")],
      logo_url: uploadedUrl("logo.png"),
    })
  })
})

describe("certificates", () => {
  it("lists the certificates of the producer's products only", async () => {
    const mine = await api("/producer/certificates", { token: a.token })
    expect(mine.status).toBe(200)
    expect(mine.body.count).toBe(1)
    expect(mine.body.certifications).toEqual([
      expect.objectContaining({
        id: aProduct.certificate.id,
        product_id: aProduct.productId,
        product_title: aProduct.title,
        status: "valid",
      }),
    ])
    const theirs = await api("/producer/certificates", { token: b.token })
    expect(theirs.body.certifications.map((c: { id: string }) => c.id)).toEqual([bProduct.certificate.id])
  })
})

describe("orders", () => {
  const ids = (body: any) => body.orders.map((o: { id: string }) => o.id).sort()

  it("lists only orders with the producer's products, and only its own lines", async () => {
    const mine = await api("/producer/orders", { token: a.token })
    expect(mine.status).toBe(200)
    expect(mine.body.count).toBe(2)
    expect(ids(mine.body)).toEqual([orders.aOnly.id, orders.mixed.id].sort())
    const mixed = mine.body.orders.find((o: { id: string }) => o.id === orders.mixed.id)
    expect(mixed.items).toEqual([
      expect.objectContaining({ product_id: aProduct.productId, quantity: 1, unit_price: 120_000, total: 120_000 }),
    ])
    expect(mixed.total_vnd).toBe(120_000)

    const theirs = await api("/producer/orders", { token: b.token })
    expect(ids(theirs.body)).toEqual([orders.mixed.id, orders.bOnly.id].sort())
    const theirMixed = theirs.body.orders.find((o: { id: string }) => o.id === orders.mixed.id)
    expect(theirMixed.items.map((i: { product_id: string }) => i.product_id)).toEqual([bProduct.productId])
    expect(theirMixed.total_vnd).toBe(150_000)
  })

  it("shows where the goods go: the buyer's address, or the showroom for a pickup", async () => {
    const delivered = await api(`/producer/orders/${orders.aOnly.id}`, { token: a.token })
    expect(delivered.status).toBe(200)
    expect(delivered.body.order).toMatchObject({
      display_id: orders.aOnly.display_id,
      status: "pending",
      payment_status: expect.any(String),
      fulfillment_status: "not_fulfilled",
      customer_name: "Mai Nguyễn Thị",
      delivery: { kind: "ship", address: expect.stringContaining("12 Cầu Mây") },
      total_vnd: 240_000,
    })
    const pickedUp = await api(`/producer/orders/${orders.mixed.id}`, { token: a.token })
    expect(pickedUp.body.order.delivery).toMatchObject({
      kind: "pickup",
      place: expect.stringMatching(/^Điểm bán OCOP/),
    })
  })

  it("answers 404 for another producer's order, whatever id is sent", async () => {
    expect((await api(`/producer/orders/${orders.bOnly.id}`, { token: a.token })).status).toBe(404)
    expect((await api(`/producer/orders/${orders.aOnly.id}`, { token: b.token })).status).toBe(404)
    expect((await api("/producer/orders/order_nope", { token: a.token })).status).toBe(404)
  })

  it("ignores a producer id or field list in the query: still only the caller's rows", async () => {
    for (const query of [
      `producer_id=${b.producer.id}`,
      "fields=*items,producer_id",
      `producer_id=${b.producer.id}&fields=id`,
    ]) {
      const res = await api(`/producer/orders?${query}`, { token: a.token })
      expect(res.status, query).toBe(200)
      expect(ids(res.body), query).toEqual([orders.aOnly.id, orders.mixed.id].sort())
      const lines = res.body.orders.flatMap((o: { items: { product_id: string }[] }) =>
        o.items.map((i) => i.product_id),
      )
      expect(new Set(lines), query).toEqual(new Set([aProduct.productId]))
      const certificates = await api(`/producer/certificates?${query}`, { token: a.token })
      expect(
        certificates.body.certifications.map((c: { product_id: string }) => c.product_id),
        query,
      ).not.toContain(bProduct.productId)
      const sales = await api(`/producer/sales?${query}`, { token: a.token })
      expect(
        sales.body.by_product.map((p: { product_id: string }) => p.product_id),
        query,
      ).toEqual([aProduct.productId])
    }
  })

  it("filters by status and pages", async () => {
    const toPrepare = await api("/producer/orders?status=to_prepare", { token: a.token })
    expect(toPrepare.body.count).toBe(2)
    expect((await api("/producer/orders?status=canceled", { token: a.token })).body).toMatchObject({
      count: 0,
      orders: [],
    })
    const page = await api("/producer/orders?limit=1&offset=1", { token: a.token })
    expect(page.body).toMatchObject({ count: 2, limit: 1, offset: 1 })
    expect(page.body.orders).toHaveLength(1)
    expect(page.body.orders[0].id).toBe(orders.aOnly.id) // newest first: the mixed order came later
    for (const query of ["status=shipped", "limit=0", "limit=abc", "offset=-1"]) {
      expect((await api(`/producer/orders?${query}`, { token: a.token })).status, query).toBe(400)
    }
  })
})

describe("sales and dashboard", () => {
  it("sums the producer's own lines this month", async () => {
    const mine = await api("/producer/sales", { token: a.token })
    expect(mine.status).toBe(200)
    expect(mine.body).toMatchObject({ orders: 2, units: 3, revenue_vnd: 360_000, revenue_usd: 0 })
    expect(mine.body.by_product).toEqual([
      { product_id: aProduct.productId, title: aProduct.title, units: 3, revenue_vnd: 360_000, revenue_usd: 0 },
    ])
    expect(mine.body.from).toMatch(/^\d{4}-\d{2}-01$/)
    const theirs = await api("/producer/sales", { token: b.token })
    expect(theirs.body).toMatchObject({ orders: 2, units: 4, revenue_vnd: 200_000 })
    expect(theirs.body.by_product.map((p: { product_id: string }) => p.product_id)).toEqual([bProduct.productId])
  })

  it("counts nothing outside the period, and refuses a bad one", async () => {
    // A year that ended long before this producer existed, dated from today.
    const [from, to] = [daysFromToday(-3 * 365), daysFromToday(-2 * 365)]
    const past = await api(`/producer/sales?from=${from}&to=${to}`, { token: a.token })
    expect(past.body).toMatchObject({
      from,
      to,
      orders: 0,
      units: 0,
      revenue_vnd: 0,
      by_product: [],
    })
    expect((await api("/producer/sales?from=2026-02-30", { token: a.token })).status).toBe(400)
    expect((await api("/producer/sales?from=2026-03-02&to=2026-03-01", { token: a.token })).status).toBe(400)
  })

  it("the dashboard shows the producer's own figures", async () => {
    // A second product of A whose certificate ends in 30 days: it must show as expiring.
    const soon = await sellableProduct(staff, a.producer.id, 80_000)
    const expiring = await certify(staff, soon.productId, 3, {
      valid_from: daysFromToday(-300),
      valid_until: daysFromToday(30),
    })
    const mine = await api("/producer/dashboard", { token: a.token })
    expect(mine.status).toBe(200)
    expect(mine.body).toMatchObject({
      orders_to_prepare: 2,
      sales_this_month: { orders: 2, revenue_vnd: 360_000 },
      reviews_pending: 0,
    })
    expect(mine.body.certificates_expiring.map((c: { id: string }) => c.id)).toEqual([expiring.id])
    const theirs = await api("/producer/dashboard", { token: b.token })
    expect(theirs.body).toMatchObject({
      orders_to_prepare: 2,
      sales_this_month: { orders: 2, revenue_vnd: 200_000 },
      certificates_expiring: [],
    })
  })
})
