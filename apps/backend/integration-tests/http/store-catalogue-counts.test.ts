import knex from "knex"
import pg from "pg"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { recountCatalogue } from "../../src/modules/ocop/catalogue-counts"
import { adminToken, api, attachProduct, certify, createProducer, createProduct, storeAccess, unique } from "./helpers"

/**
 * The facets and the totals of star/group/district filters are sums of catalogue_count (decision
 * 035), which triggers keep with every write to the read model. After each write that changes what
 * the store lists, the served figures must equal a count of the listed entries themselves.
 */
const tag = unique()
let token: string
let key: string
let salesChannelId: string
const db = new pg.Client({ connectionString: inject("databaseUrl") })

/** Listed entries per (star level, group, district), counted from catalogue_entry itself. */
async function listedEntries(): Promise<{ s: number; g: string; d: string; n: number }[]> {
  const { rows } = await db.query(
    `SELECT coalesce(star_level, 0)::int AS s, product_group AS g, origin_district AS d, count(*)::int AS n
     FROM catalogue_entry WHERE is_listed AND deleted_at IS NULL GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
  )
  return rows
}

/** The counts table as the store reads it (rows down to zero are kept, and mean nothing). */
async function countRows() {
  const { rows } = await db.query(
    `SELECT star_level AS s, product_group AS g, origin_district AS d, listed AS n
     FROM catalogue_count WHERE listed <> 0 ORDER BY 1, 2, 3`,
  )
  return rows
}

/** What the store serves for the unfiltered and the district-filtered facets and totals. */
async function served(district: string) {
  const get = async (path: string) => (await api(path, { key })).body
  return {
    total: (await get("/store/catalogue?limit=1")).count,
    inDistrict: (await get(`/store/catalogue?district=${district}&limit=1`)).count,
    food4InDistrict: (await get(`/store/catalogue?stars=4&group=food&district=${district}&limit=1`)).count,
    facets: await get("/store/catalogue/facets"),
    districtFacets: await get(`/store/catalogue/facets?district=${district}`),
  }
}

/** The same figures counted from the entries. */
async function expected(district: string) {
  const rows = await listedEntries()
  const sum = (keep: (r: (typeof rows)[number]) => boolean) => rows.filter(keep).reduce((t, r) => t + r.n, 0)
  return {
    total: sum(() => true),
    inDistrict: sum((r) => r.d === district),
    food4InDistrict: sum((r) => r.s === 4 && r.g === "food" && r.d === district),
    stars4: sum((r) => r.s === 4),
    food4: sum((r) => r.s === 4 && r.g === "food"),
  }
}

/** Served figures equal the entries' counts, and the counts table equals the entries grouped. */
async function expectCountsFollow(district: string) {
  const got = await served(district)
  const want = await expected(district)
  expect({
    total: got.total,
    inDistrict: got.inDistrict,
    food4InDistrict: got.food4InDistrict,
    stars4: got.facets.stars["4"],
    // The district's facet of groups is counted with the district filter, not its own.
    food4: (await api(`/store/catalogue?stars=4&group=food&limit=1`, { key })).body.count,
  }).toEqual(want)
  expect(got.districtFacets.districts[district]).toBe(got.facets.districts[district])
  // The total comes with the page in one statement; a page past the end still carries it.
  const past = await api(`/store/catalogue?district=${district}&limit=5&offset=100000`, { key })
  expect(past.body).toEqual({ products: [], count: want.inDistrict, limit: 5, offset: 100000 })
  expect(await countRows()).toEqual(await listedEntries())
  return got
}

/**
 * Waits until the read model lists `total` entries (Medusa's product events refresh it after the
 * response), then checks that the counts followed.
 */
async function countsFollowOnceListed(district: string, total: number) {
  for (let i = 0; i < 100 && (await expected(district)).total !== total; i++)
    await new Promise((r) => setTimeout(r, 100))
  return expectCountsFollow(district)
}

beforeAll(async () => {
  await db.connect()
  token = await adminToken()
  ;({ key, salesChannelId } = await storeAccess(token))
})

afterAll(async () => {
  await db.end()
})

describe("catalogue counts follow every write to the catalogue", () => {
  it("a product certified, revoked, unpublished, moved, its producer suspended, deleted", async () => {
    const district = "si-ma-cai"
    const before = await expectCountsFollow(district)

    const producer = await createProducer(token, { handle: `htx-counts-${tag}`, district })
    const product = await createProduct(token, { title: `Mật ong ${tag}`, price: 200000, salesChannelId })
    await attachProduct(token, product.id, {
      producer_id: producer.id,
      product_group: "food",
      origin_district: district,
    })
    // An OCOP product without a certificate is not listed.
    expect((await countsFollowOnceListed(district, before.total)).total).toBe(before.total)

    const cert = await certify(token, product.id, 4)
    const certified = await countsFollowOnceListed(district, before.total + 1)
    expect(certified.total).toBe(before.total + 1)
    expect(certified.food4InDistrict).toBe(before.food4InDistrict + 1)
    expect(certified.facets.districts[district]).toBe(before.facets.districts[district] + 1)

    const revoked = await api(`/admin/certifications/${cert.id}/revoke`, { token, body: { reason: `counts ${tag}` } })
    expect(revoked.status).toBe(200)
    expect((await countsFollowOnceListed(district, before.total)).total).toBe(before.total)

    await certify(token, product.id, 5)
    const fiveStars = await countsFollowOnceListed(district, before.total + 1)
    expect(fiveStars.facets.stars["5"]).toBe(before.facets.stars["5"] + 1)
    expect(fiveStars.food4InDistrict).toBe(before.food4InDistrict)

    expect((await api(`/admin/products/${product.id}`, { token, body: { status: "draft" } })).status).toBe(200)
    expect((await countsFollowOnceListed(district, before.total)).total).toBe(before.total)
    expect((await api(`/admin/products/${product.id}`, { token, body: { status: "published" } })).status).toBe(200)
    expect((await countsFollowOnceListed(district, before.total + 1)).total).toBe(before.total + 1)

    // The product's origin moves to another district: one count down, another up.
    await attachProduct(token, product.id, {
      producer_id: producer.id,
      product_group: "food",
      origin_district: "bac-ha",
    })
    const moved = await countsFollowOnceListed(district, before.total + 1)
    expect(moved.facets.districts[district]).toBe(before.facets.districts[district])
    expect(moved.facets.districts["bac-ha"]).toBe(before.facets.districts["bac-ha"] + 1)

    const suspend = await api(`/admin/producers/${producer.id}`, { token, body: { status: "suspended" } })
    expect(suspend.status).toBe(200)
    expect((await countsFollowOnceListed(district, before.total)).total).toBe(before.total)
    expect((await api(`/admin/producers/${producer.id}`, { token, body: { status: "active" } })).status).toBe(200)
    expect((await countsFollowOnceListed(district, before.total + 1)).total).toBe(before.total + 1)

    expect((await api(`/admin/products/${product.id}`, { token, method: "DELETE" })).status).toBe(200)
    expect((await countsFollowOnceListed(district, before.total)).total).toBe(before.total)
  })
})

describe("the full recount", () => {
  it("two at once both succeed and leave the counts equal to the entries", async () => {
    const pool = knex({ client: "pg", connection: inject("databaseUrl"), pool: { min: 0, max: 4 } })
    const writer = new pg.Client({ connectionString: inject("databaseUrl") })
    await writer.connect()
    try {
      // A writer's lock holds both recounts at their LOCK TABLE, so they start together when it
      // commits: with a lock mode that does not conflict with itself both would then delete, and
      // the second insert would fail on catalogue_count_pkey.
      await writer.query(`BEGIN; LOCK TABLE "catalogue_entry" IN ROW EXCLUSIVE MODE`)
      const recounts = Promise.allSettled([recountCatalogue(pool as never), recountCatalogue(pool as never)])
      const waiting = async () =>
        (
          await db.query(
            `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
             WHERE c.relname = 'catalogue_entry' AND NOT l.granted`,
          )
        ).rows[0].n
      for (let i = 0; i < 100 && (await waiting()) < 2; i++) await new Promise((r) => setTimeout(r, 50))
      expect(await waiting()).toBe(2)
      await writer.query("COMMIT")
      expect((await recounts).map((r) => (r.status === "rejected" ? String(r.reason) : r.status))).toEqual([
        "fulfilled",
        "fulfilled",
      ])
      expect(await countRows()).toEqual(await listedEntries())
    } finally {
      await writer.end()
      await pool.destroy()
    }
  })
})
