import fs from "node:fs"
import path from "node:path"
import pg from "pg"
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest"
import { defaultValidUntil, isoDateToDate, toIsoDate } from "@ocop/domain"
import {
  adminToken,
  api,
  attachProduct,
  certificateBody,
  certify,
  createProducer,
  createProduct,
  daysFromToday,
  storeAccess,
  unique,
} from "./helpers"

const tag = unique()
let token: string
let key: string
let salesChannelId: string
let producer: any
let db: pg.Client

const listed = async () =>
  (await api(`/store/catalogue?producer=${producer.handle}&limit=100`, { key })).body.products.map((x: any) => x.id)

async function ocopProduct(title: string) {
  const product = await createProduct(token, { title: `${title} ${tag}`, price: 100000, salesChannelId })
  await attachProduct(token, product.id, {
    producer_id: producer.id,
    product_group: "food",
    origin_district: "bao-thang",
  })
  return product
}

/** Waits for a line in the test server's log (subscribers run after the response); true once it is there. */
async function serverLogContains(text: string) {
  const file = path.resolve(__dirname, "../../.medusa-test-server.log")
  return vi.waitFor(
    () => {
      if (!fs.readFileSync(file, "utf8").includes(text)) throw new Error(`not in the server log yet: ${text}`)
      return true
    },
    { timeout: 60_000, interval: 200 },
  )
}

beforeAll(async () => {
  token = await adminToken()
  ;({ key, salesChannelId } = await storeAccess(token))
  producer = await createProducer(token, { handle: `htx-cert-${tag}`, district: "bao-thang" })
  db = new pg.Client({ connectionString: inject("databaseUrl") })
  await db.connect()
})

afterAll(async () => {
  await db?.end()
})

describe("creating certificates", () => {
  it("applies the star band, council and date rules with field errors", async () => {
    const product = await ocopProduct("Gà Bảo Thắng")
    const res = await api("/admin/certifications", {
      token,
      body: { ...certificateBody(product.id, 4), score: 95, extra: true },
    })
    expect(res.status).toBe(400)
    expect(res.body.errors).toEqual({
      score: "Điểm đánh giá không khớp với hạng sao",
      extra: "Trường không được hỗ trợ",
    })
    const fiveStar = await api("/admin/certifications", {
      token,
      body: { ...certificateBody(product.id, 5), issuing_level: "provincial" },
      headers: { "accept-language": "en" },
    })
    expect(fiveStar.status).toBe(400)
    expect(fiveStar.body.errors).toEqual({
      issuing_level: "A 5-star product must be certified by the national council",
    })
    const dates = await api("/admin/certifications", {
      token,
      // 30 February exists in no year: this year's is refused like any other.
      body: { ...certificateBody(product.id, 3), valid_from: `${new Date().getUTCFullYear()}-02-30`, star_level: 2 },
    })
    expect(Object.keys(dates.body.errors).sort()).toEqual(["star_level", "valid_from"])
    const noProduct = await api("/admin/certifications", { token, body: certificateBody("prod_missing", 3) })
    expect(noProduct.status).toBe(400)
    expect(noProduct.body.errors.product_id).toBeDefined()
  })

  it("defaults valid_until to 36 months, returns product and producer, and refuses a duplicate number", async () => {
    const product = await ocopProduct("Cá chép lai")
    // Started about two years ago, so it is in force on any day the suite runs; the month arithmetic
    // itself (15/03/2021 → 14/03/2024, leap days) is the domain's unit test.
    const validFrom = daysFromToday(-730)
    const cert = await certify(token, product.id, 3, { valid_from: validFrom, decision_date: daysFromToday(-745) })
    expect(cert).toMatchObject({
      valid_from: validFrom,
      valid_until: toIsoDate(defaultValidUntil(isoDateToDate(validFrom)!)),
      status: "valid",
      product: { id: product.id, title: product.title, handle: product.handle },
      producer: { id: producer.id, handle: producer.handle },
      inspections: [],
    })
    expect(cert.id).toMatch(/^ocert_/)
    const dup = await api("/admin/certifications", {
      token,
      body: certificateBody(product.id, 3, { certificate_number: cert.certificate_number }),
    })
    expect(dup.status).toBe(409)
    expect(dup.body.errors.certificate_number).toBeDefined()
    expect(await listed()).toContain(product.id)
  })
})

describe("reading and editing certificates", () => {
  it("lists with status, stars, product, expiry window and number filters", async () => {
    const product = await ocopProduct("Bò vàng Si Ma Cai")
    const soon = await certify(token, product.id, 4, {
      valid_from: daysFromToday(-1000),
      valid_until: daysFromToday(20),
    })
    const old = await certify(token, product.id, 3, {
      valid_from: daysFromToday(-1500),
      valid_until: daysFromToday(-400),
    })
    const all = await api(`/admin/certifications?product_id=${product.id}&order=valid_until`, { token })
    expect(all.body.certifications.map((c: any) => c.id)).toEqual([old.id, soon.id])
    expect(all.body.count).toBe(2)
    const expired = await api(`/admin/certifications?product_id=${product.id}&status=expired`, { token })
    expect(expired.body.certifications.map((c: any) => [c.id, c.status])).toEqual([[old.id, "expired"]])
    const valid = await api(`/admin/certifications?product_id=${product.id}&status=valid&star_level=4`, { token })
    expect(valid.body.certifications.map((c: any) => c.id)).toEqual([soon.id])
    const expiring = await api(`/admin/certifications?product_id=${product.id}&expiring_within_days=30`, { token })
    expect(expiring.body.certifications.map((c: any) => c.id)).toEqual([soon.id])
    const byNumber = await api(`/admin/certifications?q=${soon.certificate_number.slice(5)}`, { token })
    expect(byNumber.body.certifications.map((c: any) => c.id)).toEqual([soon.id])
    const bad = await api(`/admin/certifications?status=lost&star_level=7`, { token })
    expect(bad.status).toBe(400)
    expect(Object.keys(bad.body.errors).sort()).toEqual(["star_level", "status"])
    expect((await api(`/admin/certifications/ocert_missing`, { token })).status).toBe(404)
  })

  it("edits a certificate, re-validates the merged record and updates the catalogue", async () => {
    const product = await ocopProduct("Quýt Bắc Hà")
    const cert = await certify(token, product.id, 3)
    const bad = await api(`/admin/certifications/${cert.id}`, { token, body: { star_level: 4 } })
    expect(bad.status).toBe(400)
    expect(bad.body.errors.score).toBeDefined()
    const moved = await api(`/admin/certifications/${cert.id}`, { token, body: { product_id: "prod_other" } })
    expect(moved.body.errors.product_id).toBe("Trường không được hỗ trợ")
    const ok = await api(`/admin/certifications/${cert.id}`, { token, body: { star_level: 4, score: 75 } })
    expect(ok.status).toBe(200)
    expect(ok.body.certification).toMatchObject({ star_level: 4, score: 75 })
    const fourStars = await api(`/store/catalogue?producer=${producer.handle}&stars=4&limit=100`, { key })
    expect(fourStars.body.products.map((x: any) => x.id)).toContain(product.id)
  })
})

describe("inspections and revocation", () => {
  it("records a failed inspection without revoking, then revokes and drops the product at once", async () => {
    const product = await ocopProduct("Hồng không hạt")
    const cert = await certify(token, product.id, 4)
    const badInspection = await api(`/admin/certifications/${cert.id}/inspections`, {
      token,
      body: { result: "maybe" },
    })
    expect(badInspection.status).toBe(400)
    expect(Object.keys(badInspection.body.errors).sort()).toEqual(["inspected_at", "inspector", "result"])
    const inspection = await api(`/admin/certifications/${cert.id}/inspections`, {
      token,
      body: { inspected_at: daysFromToday(-1), inspector: "Chi cục PTNT", result: "failed", notes: "Nhãn sai" },
    })
    expect(inspection.status).toBe(201)
    expect(inspection.body.inspection).toMatchObject({
      result: "failed",
      certification_id: cert.id,
      inspected_at: daysFromToday(-1),
    })
    const inspections = await api(`/admin/certifications/${cert.id}/inspections`, { token })
    expect(inspections.body).toMatchObject({ count: 1, inspections: [{ inspector: "Chi cục PTNT" }] })
    expect((await api(`/admin/certifications/${cert.id}`, { token })).body.certification.status).toBe("valid")
    expect(await listed()).toContain(product.id)

    const noReason = await api(`/admin/certifications/${cert.id}/revoke`, { token, body: {} })
    expect(noReason.status).toBe(400)
    expect(noReason.body.errors.reason).toBeDefined()
    const revoked = await api(`/admin/certifications/${cert.id}/revoke`, {
      token,
      body: { reason: "Vi phạm ghi nhãn" },
    })
    expect(revoked.status).toBe(200)
    expect(revoked.body.certification).toMatchObject({ status: "revoked", revocation_reason: "Vi phạm ghi nhãn" })
    expect(await listed()).not.toContain(product.id)
    const page = await api(`/store/catalogue/${product.handle}`, { key })
    expect(page.body.product).toMatchObject({
      is_purchasable: false,
      certificate: null,
      certificates: [{ status: "revoked" }],
    })
    const verified = await api(`/store/certificates/${cert.certificate_number}`, { key })
    expect(verified.body.status).toBe("revoked")
    expect((await api(`/admin/certifications/${cert.id}/revoke`, { token, body: { reason: "Lần hai" } })).status).toBe(
      409,
    )
    expect(await serverLogContains(`OCOP certificate ${cert.id} revoked`)).toBe(true)
  })
})

describe("expiry", () => {
  it("expires certificates past their last day through the sweep workflow and shows the newest in force", async () => {
    const product = await ocopProduct("Nấm hương rừng")
    const older = await certify(token, product.id, 3, { valid_from: daysFromToday(-1000) })
    const newer = await certify(token, product.id, 4, { valid_from: daysFromToday(-10) })
    const before = await api(`/store/catalogue?producer=${producer.handle}&limit=100`, { key })
    expect(before.body.products.find((x: any) => x.id === product.id).certificate.id).toBe(newer.id)

    // The calendar moves on: both certificates' last day is now behind us, but nothing ran yet.
    await db.query("UPDATE certification SET valid_until = $1 WHERE id = ANY($2)", [
      daysFromToday(-3),
      [older.id, newer.id],
    ])
    expect(await listed()).toContain(product.id)
    const sweep = await api("/admin/certifications/expire-due", { token, body: {} })
    expect(sweep.status).toBe(200)
    expect(sweep.body.expired).toEqual(expect.arrayContaining([older.id, newer.id]))
    expect(await listed()).not.toContain(product.id)
    const stored = await db.query("SELECT status FROM certification WHERE id = ANY($1)", [[older.id, newer.id]])
    expect(stored.rows.map((r) => r.status)).toEqual(["expired", "expired"])
    const page = await api(`/store/catalogue/${product.handle}`, { key })
    expect(page.body.product.is_purchasable).toBe(false)
    expect(page.body.product.certificates.map((c: any) => [c.id, c.status])).toEqual([
      [newer.id, "expired"],
      [older.id, "expired"],
    ])
    const again = await api("/admin/certifications/expire-due", { token, body: {} })
    expect(again.body.expired).not.toContain(newer.id)
    expect(await serverLogContains(`OCOP certificate ${newer.id} expired`)).toBe(true)
  })

  it("is for staff only", async () => {
    expect((await api("/admin/certifications/expire-due", { body: {} })).status).toBe(401)
    expect((await api("/admin/certifications")).status).toBe(401)
  })
})
