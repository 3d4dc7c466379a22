import { beforeAll, describe, expect, it } from "vitest"
import { seededStore, sqlRows } from "./checkout-helpers"
import { adminToken, api, certify, staffMember, unique } from "./helpers"
import { producerAccount, sellableProduct, uploadedUrl } from "./producer-helpers"

let admin: string
let office: { token: string; id: string }
let promotion: { token: string; id: string }
let key: string
type Account = Awaited<ReturnType<typeof producerAccount>>
let a: Account

/** A staff member with a role, set by the administrator through the staff route. */
async function staffWithRole(role: "ocop_office" | "trade_promotion") {
  const { token, id } = await staffMember(admin, role)
  return { token, id }
}

/** Submits a new product as producer `a`; returns it as the producer API answers. */
async function submitNewProduct(title = `Tỏi tía Bắc Hà ${unique()}`) {
  const res = await api("/producer/products", {
    token: a.token,
    body: {
      title,
      description: "Tỏi tía trồng trên đất đồi",
      product_group: "food",
      origin_district: "bac-ha",
      images: [uploadedUrl("toi.png")],
      variants: [{ title: "Túi 500 g", price_vnd: 60000, price_usd: 250 }],
    },
  })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body.product
}

const reviewsOf = async (token: string, query: string) => api(`/admin/product-reviews${query}`, { token })
const catalogueCard = async (productId: string) =>
  (await api(`/store/catalogue?producer=${a.producer.handle}&limit=100`, { key })).body.products.find(
    (p: { id: string }) => p.id === productId,
  )

beforeAll(async () => {
  admin = await adminToken()
  office = await staffWithRole("ocop_office")
  promotion = await staffWithRole("trade_promotion")
  ;({ key } = await seededStore())
  a = await producerAccount(admin)
})

describe("the review queue", () => {
  it("shows a new product to staff with its producer; trade promotion may read but not decide", async () => {
    const product = await submitNewProduct()
    const list = await reviewsOf(office.token, `?status=pending&producer_id=${a.producer.id}`)
    expect(list.status).toBe(200)
    expect(list.body.count).toBe(1)
    const [review] = list.body.product_reviews
    expect(review).toMatchObject({
      id: product.review.id,
      product_id: product.id,
      product_title: product.title,
      producer_id: a.producer.id,
      producer_name: a.producer.name,
      kind: "create",
      status: "pending",
      current: null,
      comment: null,
      submitted_by: a.user.id,
      reviewed_by: null,
      reviewed_at: null,
    })
    expect(review.changes).toMatchObject({
      title: product.title,
      product_group: "food",
      variants: [{ title: "Túi 500 g", price_vnd: 60000, price_usd: 250 }],
    })
    expect((await api(`/admin/product-reviews/${review.id}`, { token: office.token })).body.product_review).toEqual(
      review,
    )

    expect((await reviewsOf(promotion.token, "?status=pending")).status).toBe(200)
    const refused = await api(`/admin/product-reviews/${review.id}/approve`, { token: promotion.token, body: {} })
    expect(refused.status).toBe(403)
    expect(
      (await api(`/admin/product-reviews/${review.id}/reject`, { token: promotion.token, body: { comment: "Không" } }))
        .status,
    ).toBe(403)
    expect((await api(`/producer/products/${product.id}`, { token: a.token })).body.product).toMatchObject({
      status: "draft",
      review: { status: "pending" },
    })
  })

  it("refuses producer tokens, unknown reviews and bad filters", async () => {
    expect((await reviewsOf(a.token, "")).status).toBe(401)
    expect((await api("/admin/product-reviews/prev_nope/approve", { token: a.token, body: {} })).status).toBe(401)
    expect((await api("/admin/product-reviews/prev_nope", { token: office.token })).status).toBe(404)
    expect((await api("/admin/product-reviews/prev_nope/approve", { token: office.token, body: {} })).status).toBe(404)
    expect((await reviewsOf(office.token, "?status=maybe")).status).toBe(400)
  })
})

describe("deciding on a new product", () => {
  it("reject needs a comment, which the producer reads; a new submission is reviewed again", async () => {
    const product = await submitNewProduct()
    const reviewId = product.review.id
    const noReason = await api(`/admin/product-reviews/${reviewId}/reject`, { token: office.token, body: {} })
    expect(noReason.status).toBe(400)
    expect(Object.keys(noReason.body.errors)).toEqual(["comment"])

    const rejected = await api(`/admin/product-reviews/${reviewId}/reject`, {
      token: office.token,
      body: { comment: "Ảnh chưa rõ nhãn sản phẩm" },
    })
    expect(rejected.status, JSON.stringify(rejected.body)).toBe(200)
    expect(rejected.body.product_review).toMatchObject({
      status: "rejected",
      comment: "Ảnh chưa rõ nhãn sản phẩm",
      reviewed_by: office.id,
    })
    expect(rejected.body.product_review.reviewed_at).toEqual(expect.any(String))
    const seen = (await api(`/producer/products/${product.id}`, { token: a.token })).body.product
    expect(seen).toMatchObject({
      status: "draft",
      review: { id: reviewId, status: "rejected", comment: "Ảnh chưa rõ nhãn sản phẩm" },
    })

    const again = await api(`/admin/product-reviews/${reviewId}/approve`, {
      token: office.token,
      body: {},
      headers: { "accept-language": "en" },
    })
    expect(again.status).toBe(400)
    expect(again.body.message).toMatch(/already been decided/)
    expect((await api(`/producer/products/${product.id}`, { token: a.token })).body.product.status).toBe("draft")

    const resubmitted = await api(`/producer/products/${product.id}`, {
      token: a.token,
      body: { images: [uploadedUrl("toi-ro.png")] },
    })
    expect(resubmitted.status, JSON.stringify(resubmitted.body)).toBe(200)
    expect(resubmitted.body.product.review).toMatchObject({ kind: "create", status: "pending" })
    expect(resubmitted.body.product.review.id).not.toBe(reviewId)
    expect(resubmitted.body.product.review.changes).toMatchObject({
      title: product.title,
      images: [uploadedUrl("toi-ro.png")],
    })
  })

  it("approval publishes it, and with its certificate it appears in the storefront catalogue", async () => {
    const product = await submitNewProduct()
    const certificate = await certify(admin, product.id, 4)
    expect(await catalogueCard(product.id)).toBeUndefined()

    const approved = await api(`/admin/product-reviews/${product.review.id}/approve`, {
      token: office.token,
      body: { comment: "Đạt" },
    })
    expect(approved.status, JSON.stringify(approved.body)).toBe(200)
    expect(approved.body.product_review).toMatchObject({ status: "approved", comment: "Đạt", reviewed_by: office.id })

    const card = await catalogueCard(product.id)
    expect(card).toMatchObject({
      title: product.title,
      price: { amount: 60000, currency_code: "vnd" },
      certificate: { id: certificate.id, star_level: 4 },
    })
    const page = await api(`/store/catalogue/${product.handle}`, { key })
    expect(page.status).toBe(200)
    expect(page.body.product).toMatchObject({ is_purchasable: true, images: [{ url: uploadedUrl("toi.png") }] })
    const usd = await api(`/store/catalogue?producer=${a.producer.handle}&currency_code=usd&limit=100`, { key })
    expect(usd.body.products.find((p: { id: string }) => p.id === product.id).price).toEqual({
      amount: 2.5,
      currency_code: "usd",
    })
    expect((await api(`/producer/products/${product.id}`, { token: a.token })).body.product).toMatchObject({
      status: "published",
      star_level: 4,
      certificate_status: "valid",
      review: { status: "approved", comment: "Đạt" },
    })
    expect(
      (await api(`/admin/product-reviews/${product.review.id}/approve`, { token: office.token, body: {} })).status,
    ).toBe(400)
  })

  it("two reviewers deciding at once: one decision is taken, the other is refused with its code", async () => {
    const product = await submitNewProduct()
    const path = `/admin/product-reviews/${product.review.id}`
    const answers = await Promise.all([
      api(`${path}/approve`, { token: office.token, body: {} }),
      api(`${path}/reject`, {
        token: admin,
        body: { comment: "Thiếu ảnh nhãn" },
        headers: { "accept-language": "en" },
      }),
    ])
    const statuses = answers.map((r) => r.status).sort()
    expect(statuses).toEqual([200, 400])
    const refused = answers.find((r) => r.status === 400)!
    expect(refused.body).toMatchObject({ type: "not_allowed", code: "review_already_decided" })
    const taken = answers.find((r) => r.status === 200)!.body.product_review.status
    expect((await api(path, { token: office.token })).body.product_review.status).toBe(taken)
  })
})

describe("approving a change to a product on sale", () => {
  it("applies texts, profile, images, prices and variants in one go and refreshes the catalogue", async () => {
    const listed = await sellableProduct(admin, a.producer.id, 100000)
    const path = `/producer/products/${listed.productId}`
    const change = {
      title: `${listed.title} (mới)`,
      title_en: "Black chicken",
      description: "Gà đen nuôi thả đồi",
      product_group: "food",
      origin_district: "si-ma-cai",
      images: [uploadedUrl("ga-1.png"), uploadedUrl("ga-2.png")],
      variants: [
        { id: listed.variantId, title: "Hộp lớn", price_vnd: 110000, price_usd: 450 },
        { title: "Hộp nhỏ", sku: `GA-${unique()}`, price_vnd: 60000, price_usd: null },
      ],
    }
    const submitted = await api(path, { token: a.token, body: change })
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200)
    const reviewId = submitted.body.product.review.id

    const queued = (await api(`/admin/product-reviews/${reviewId}`, { token: office.token })).body.product_review
    expect(queued.kind).toBe("update")
    expect(queued.current).toEqual({
      title: listed.title,
      title_en: null,
      description: null,
      origin_district: "bac-ha",
      images: [],
      variants: [{ id: listed.variantId, title: "Hộp", sku: null, price_vnd: 100000, price_usd: null }],
    })
    expect(Object.keys(queued.changes).sort()).toEqual(Object.keys(queued.current).sort())

    const approved = await api(`/admin/product-reviews/${reviewId}/approve`, { token: office.token, body: {} })
    expect(approved.status, JSON.stringify(approved.body)).toBe(200)
    const live = (await api(path, { token: a.token })).body.product
    expect(live).toMatchObject({
      title: change.title,
      title_en: "Black chicken",
      description: change.description,
      origin_district: "si-ma-cai",
      images: change.images,
      thumbnail: change.images[0],
      status: "published",
      review: { id: reviewId, status: "approved" },
    })
    expect(live.variants).toEqual([
      { id: listed.variantId, title: "Hộp lớn", sku: null, price_vnd: 110000, price_usd: 450, stock: null },
      {
        id: expect.stringMatching(/^variant_/),
        title: "Hộp nhỏ",
        sku: change.variants[1]!.sku,
        price_vnd: 60000,
        price_usd: null,
        stock: null,
      },
    ])
    expect(await catalogueCard(listed.productId)).toMatchObject({
      title: change.title,
      origin_district: "si-ma-cai",
      price: { amount: 60000 },
    })

    // Removing a variant is a change like any other: it goes once approved.
    const removal = await api(path, {
      token: a.token,
      body: { variants: [{ id: listed.variantId, title: "Hộp lớn", price_vnd: 110000, price_usd: 450 }] },
    })
    expect((await api(path, { token: a.token })).body.product.variants).toHaveLength(2)
    expect(
      (await api(`/admin/product-reviews/${removal.body.product.review.id}/approve`, { token: admin, body: {} }))
        .status,
    ).toBe(200)
    expect((await api(path, { token: a.token })).body.product.variants.map((v: { id: string }) => v.id)).toEqual([
      listed.variantId,
    ])
    expect(await catalogueCard(listed.productId)).toMatchObject({ price: { amount: 110000 } })
    const decided = await sqlRows("SELECT status FROM product_review WHERE product_id = $1 ORDER BY submitted_at", [
      listed.productId,
    ])
    expect(decided).toEqual([{ status: "approved" }, { status: "approved" }])
  })

  it("leaves the product and the review as they were when applying fails half-way", async () => {
    const created = await api("/producer/products", {
      token: a.token,
      body: {
        title: `Trứng gà đồi ${unique()}`,
        product_group: "food",
        origin_district: "bao-yen",
        images: [uploadedUrl("trung-1.png")],
        variants: [
          { title: "Khay 10 quả", price_vnd: 45000, price_usd: 180 },
          { title: "Khay 30 quả", price_vnd: 120000, price_usd: null },
        ],
      },
    })
    expect(created.status).toBe(201)
    const id = created.body.product.id
    expect(
      (await api(`/admin/product-reviews/${created.body.product.review.id}/approve`, { token: office.token, body: {} }))
        .status,
    ).toBe(200)
    const path = `/producer/products/${id}`
    const before = (await api(path, { token: a.token })).body.product

    const sku = `TRUNG-${unique()}`
    const [ten] = before.variants
    const change = {
      title: `${before.title} đổi tên`,
      origin_district: "bac-ha",
      images: [uploadedUrl("trung-2.png")],
      variants: [
        { id: ten.id, title: "Khay 10 quả sạch", price_vnd: 50000, price_usd: 200 },
        { title: "Vỉ 6 quả", sku, price_vnd: 30000 },
      ],
    }
    const submitted = await api(path, { token: a.token, body: change })
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200)
    // Another product takes the SKU while the change waits: the new variant cannot be created, after
    // the texts, profile, removed variant, renamed variant and prices were already written.
    const other = await producerAccount(admin)
    const taken = await api("/producer/products", {
      token: other.token,
      body: {
        title: `Trứng vịt ${unique()}`,
        product_group: "food",
        origin_district: "bac-ha",
        variants: [{ title: "Khay", sku, price_vnd: 1 }],
      },
    })
    expect(taken.status).toBe(201)

    const failed = await api(`/admin/product-reviews/${submitted.body.product.review.id}/approve`, {
      token: office.token,
      body: {},
    })
    expect(failed.status).not.toBe(200)
    const after = (await api(path, { token: a.token })).body.product
    const { review: _before, ...liveBefore } = before
    const { review, ...liveAfter } = after
    expect(liveAfter).toEqual(liveBefore)
    expect(review).toMatchObject({ id: submitted.body.product.review.id, status: "pending", reviewed_at: null })
    // Not certified, so not on the storefront: its read-model row is checked instead.
    const [entry] = await sqlRows(
      "SELECT title, origin_district, min_price::int AS min_price FROM catalogue_entry WHERE product_id = $1",
      [id],
    )
    expect(entry).toEqual({ title: before.title, origin_district: "bao-yen", min_price: 45000 })
  })
})

describe("a product moved to another producer", () => {
  /** A product on sale of producer A with A's change to its title pending. */
  async function pendingChangeOfA() {
    const listed = await sellableProduct(admin, a.producer.id, 70000)
    const submitted = await api(`/producer/products/${listed.productId}`, {
      token: a.token,
      body: { title: `${listed.title} của A` },
    })
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200)
    return { ...listed, reviewId: submitted.body.product.review.id as string }
  }

  it("staff moving it close A's pending change; B sees none of A's reviews and its own change is reviewed", async () => {
    const b = await producerAccount(admin)
    const product = await pendingChangeOfA()
    const moved = await api(`/admin/products/${product.productId}/ocop`, {
      token: admin,
      body: { producer_id: b.producer.id, product_group: "food", origin_district: "bac-ha" },
    })
    expect(moved.status, JSON.stringify(moved.body)).toBe(200)
    const closed = (await api(`/admin/product-reviews/${product.reviewId}`, { token: office.token })).body
      .product_review
    expect(closed).toMatchObject({
      status: "rejected",
      producer_id: a.producer.id,
      comment: expect.stringMatching(/chủ thể khác/),
    })
    expect(
      (await api(`/admin/product-reviews/${product.reviewId}/approve`, { token: office.token, body: {} })).status,
    ).toBe(400)
    expect((await api(`/producer/products/${product.productId}`, { token: b.token })).body.product).toMatchObject({
      title: product.title,
      review: null,
    })
    expect((await api(`/producer/products/${product.productId}`, { token: a.token })).status).toBe(404)
    expect((await api("/producer/dashboard", { token: b.token })).body.reviews_pending).toBe(0)

    const ownChange = await api(`/producer/products/${product.productId}`, {
      token: b.token,
      body: { title: `${product.title} của B` },
    })
    expect(ownChange.status, JSON.stringify(ownChange.body)).toBe(200)
    expect(ownChange.body.product.review).toMatchObject({
      status: "pending",
      changes: { title: `${product.title} của B` },
    })
    expect(
      (
        await api(`/admin/product-reviews/${ownChange.body.product.review.id}/approve`, {
          token: office.token,
          body: {},
        })
      ).status,
    ).toBe(200)
    expect((await api(`/producer/products/${product.productId}`, { token: b.token })).body.product.title).toBe(
      `${product.title} của B`,
    )
  })

  it("A's change is not approvable once the product is B's, however it was moved", async () => {
    const b = await producerAccount(admin)
    const product = await pendingChangeOfA()
    // A move that closed nothing (a bulk import, say): the approval itself must notice.
    await sqlRows("UPDATE producer_producer_product_product SET producer_id = $1 WHERE product_id = $2", [
      b.producer.id,
      product.productId,
    ])
    const refused = await api(`/admin/product-reviews/${product.reviewId}/approve`, {
      token: office.token,
      body: {},
      headers: { "accept-language": "en" },
    })
    expect(refused.status).toBe(400)
    expect(refused.body.message).toBe(
      "This product now belongs to another producer; the previous producer's change cannot be approved",
    )
    expect(
      (await api(`/admin/product-reviews/${product.reviewId}`, { token: office.token })).body.product_review.status,
    ).toBe("pending")
    const seenByB = (await api(`/producer/products/${product.productId}`, { token: b.token })).body.product
    expect(seenByB).toMatchObject({ title: product.title, review: null })

    // B's own change closes A's leftover instead of taking it over.
    const ownChange = await api(`/producer/products/${product.productId}`, {
      token: b.token,
      body: { description: "Mô tả của B" },
    })
    expect(ownChange.status, JSON.stringify(ownChange.body)).toBe(200)
    expect(ownChange.body.product.review.changes).toEqual({ description: "Mô tả của B" })
    const rows = await sqlRows<{ producer_id: string; status: string }>(
      "SELECT producer_id, status FROM product_review WHERE product_id = $1 AND deleted_at IS NULL ORDER BY submitted_at",
      [product.productId],
    )
    expect(rows).toEqual([
      { producer_id: a.producer.id, status: "rejected" },
      { producer_id: b.producer.id, status: "pending" },
    ])
  })
})
