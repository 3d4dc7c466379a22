import path from "node:path"
import pg from "pg"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { medusaTestEnv } from "../setup/test-env"
import {
  DISTRICT_CODES,
  isoDaysFromToday,
  vietnamDayRange,
  PRODUCER_KIND_CODES,
  PRODUCT_GROUP_CODES,
  certificateStatus,
  isExpiringSoon,
  isInForce,
  type CertificateDates,
} from "@ocop/domain"
import { PRODUCTS } from "../../src/scripts/seed-data/products"
import { PRODUCERS } from "../../src/scripts/seed-data/producers"
import { DEMO_CLERK, DEMO_POINTS_OF_SALE } from "../../src/scripts/seed-data/points-of-sale"
import { SAMPLE_SALES_DAYS, SAMPLE_SALES_SET } from "../../src/scripts/seed-data/sample-sales"
import { DEMO_PASSWORD, DEMO_STAFF } from "../../src/scripts/seed-data/staff"
import { demoProducerLogin } from "../../src/scripts/seed-steps/producer-users"
import { factsSql } from "../../src/api/admin/ocop-orders/order-facts-sql"
import { adminToken, api } from "./helpers"

const backendDir = path.resolve(__dirname, "../..")

// Tables the seed writes to; a rerun must leave every count as it was.
const SEEDED_TABLES = [
  "store",
  "sales_channel",
  "region",
  "tax_region",
  "tax_rate",
  "price_preference",
  "stock_location",
  "fulfillment_set",
  "service_zone",
  "shipping_profile",
  "shipping_option",
  "api_key",
  "user",
  "auth_identity",
  "producer",
  "producer_user",
  "product",
  "product_variant",
  "price",
  "image",
  "inventory_item",
  "inventory_level",
  "product_profile",
  "producer_producer_product_product",
  "certification",
  "catalogue_entry",
  "trade_event",
  "event_participant",
  "event_spending",
  "event_lead",
  "order",
  "order_line_item",
  "payment_collection",
  "fulfillment",
  "event_booth_stock",
  "counter_sale",
] as const

let db: pg.Client

beforeAll(async () => {
  db = new pg.Client({ connectionString: inject("databaseUrl") })
  await db.connect()
})

afterAll(async () => {
  await db?.end()
})

async function scalar<T = number>(sql: string, params: unknown[] = []): Promise<T> {
  const { rows } = await db.query(sql, params)
  return Object.values(rows[0] ?? {})[0] as T
}

async function column(sql: string, params: unknown[] = []): Promise<string[]> {
  const { rows } = await db.query(sql, params)
  return rows.map((r) => String(Object.values(r)[0]))
}

async function tableCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const table of SEEDED_TABLES) {
    // Table names come from the constant list above, never from input.
    counts[table] = await scalar(`SELECT count(*)::int FROM ${db.escapeIdentifier(table)} WHERE deleted_at IS NULL`)
  }
  return counts
}

/** Runs the seed the way the harness does: production mode against the test database. */
async function runSeed(extraEnv: Record<string, string> = {}): Promise<string> {
  const { runMedusa } = await import("@ocop/infra/medusa")
  return runMedusa(["exec", "./src/scripts/seed.ts"], { cwd: backendDir, quiet: true, env: medusaTestEnv(extraEnv) })
}

interface SeedCertificateRow {
  handle: string
  star_level: number
  score: number
  issuing_level: string
  valid_from: Date
  valid_until: Date
  revoked_at: Date | null
  revocation_reason: string | null
}

/**
 * The first certificate the seed gave each demo product (other test files certify, revoke or add
 * certificates of their own products, never of these).
 */
async function seedCertificates(): Promise<SeedCertificateRow[]> {
  const { rows } = await db.query(
    `SELECT DISTINCT ON (p.handle) p.handle, c.star_level, c.score, c.issuing_level, c.valid_from, c.valid_until,
            c.revoked_at, c.revocation_reason
       FROM certification c JOIN product p ON p.id = c.product_id
      WHERE p.handle = ANY($1) AND c.deleted_at IS NULL
      ORDER BY p.handle, c.created_at`,
    [PRODUCTS.map((p) => p.handle)],
  )
  return rows
}

const certificateDates = (c: SeedCertificateRow): CertificateDates => ({
  validFrom: c.valid_from,
  validUntil: c.valid_until,
  revokedAt: c.revoked_at,
})

async function publishableKey(): Promise<string> {
  return scalar<string>(
    "SELECT token FROM api_key WHERE title = 'Storefront' AND type = 'publishable' AND revoked_at IS NULL",
  )
}

describe("demo seed", () => {
  it("registers producers in all nine districts and all five kinds", async () => {
    expect(await scalar("SELECT count(*)::int FROM producer")).toBeGreaterThanOrEqual(25)
    expect((await column("SELECT DISTINCT district FROM producer")).sort()).toEqual([...DISTRICT_CODES].sort())
    expect((await column("SELECT DISTINCT kind FROM producer")).sort()).toEqual([...PRODUCER_KIND_CODES].sort())
  })

  it("lists at least 60 products across the six groups, with the plan's named products", async () => {
    expect(await scalar("SELECT count(*)::int FROM product_profile")).toBeGreaterThanOrEqual(60)
    expect((await column("SELECT DISTINCT product_group FROM product_profile")).sort()).toEqual(
      [...PRODUCT_GROUP_CODES].sort(),
    )
    const titles = (await column("SELECT title FROM product WHERE deleted_at IS NULL")).join(" | ").toLowerCase()
    for (const name of [
      "Quýt",
      "Hồng",
      "Quế",
      "Gà Bảo Thắng",
      "Lụa tơ tằm Bảo Yên",
      "Nấm hương Sa Pa",
      "Cá chép lai Bảo Thắng",
      "Bò vàng Si Ma Cai",
      "ngựa bạch Si Ma Cai",
      "Mận tam hoa",
      "Rượu ngô Bản Phố",
      "Shan tuyết",
      "Tương ớt Mường Khương",
      "Gạo Séng Cù",
      "Tam thất",
      "Cá hồi Sa Pa",
      "Cá tầm Sa Pa",
      "thổ cẩm",
      "Homestay",
    ]) {
      expect(titles, name).toContain(name.toLowerCase())
    }
    // Every demo product is sample data, sold in whole đồng (and in USD cents abroad) with stock at the warehouse.
    // Other test files add products of their own, so only the seed's handles are counted.
    const seedHandles = PRODUCTS.map((p) => p.handle)
    expect(
      await scalar(
        "SELECT count(*)::int FROM product WHERE handle = ANY($1) AND (metadata->>'sample_data')::boolean IS TRUE",
        [seedHandles],
      ),
    ).toBe(seedHandles.length)
    expect(
      await scalar(`SELECT count(*)::int FROM price WHERE deleted_at IS NULL AND NOT (
        (currency_code = 'vnd' AND amount = round(amount)) OR (currency_code = 'usd' AND amount * 100 = round(amount * 100)))`),
    ).toBe(0)
    expect(await scalar("SELECT count(*)::int FROM inventory_level WHERE stocked_quantity > 0")).toBeGreaterThanOrEqual(
      60,
    )
  })

  it("mixes star levels with an expired and a revoked certificate", async () => {
    const certificates = await seedCertificates()
    expect(certificates.length).toBe(PRODUCTS.length)
    const stars = (n: number) => certificates.filter((c) => c.star_level === n).length
    expect(stars(3)).toBeGreaterThan(stars(4))
    expect(stars(4)).toBeGreaterThan(0)
    expect(stars(5)).toBeGreaterThanOrEqual(1)
    expect(certificates.filter((c) => c.star_level === 5 && c.issuing_level !== "national")).toEqual([])
    // Status by the domain's rule (Vietnam days, decision 001), never by the database's clock.
    const now = new Date()
    const status = (c: SeedCertificateRow) => certificateStatus(certificateDates(c), now)
    expect(certificates.filter((c) => status(c) === "expired").length).toBeGreaterThanOrEqual(1)
    const revoked = certificates.filter((c) => status(c) === "revoked")
    expect(revoked.length).toBeGreaterThanOrEqual(1)
    for (const c of revoked) expect(c.revocation_reason).not.toBe("")
    expect(
      certificates.filter((c) => status(c) === "valid" && isExpiringSoon(c.valid_until, now)).length,
    ).toBeGreaterThanOrEqual(1)
    const bad = certificates.filter(
      (c) =>
        !(
          (c.star_level === 3 && c.score >= 50 && c.score < 70) ||
          (c.star_level === 4 && c.score >= 70 && c.score < 90) ||
          (c.star_level === 5 && c.score >= 90)
        ),
    )
    expect(bad).toEqual([])
  })

  it("lets the store API list the certified products, without the expired and revoked ones", async () => {
    const key = await publishableKey()
    const catalogue = await api("/store/catalogue?limit=100", { key })
    expect(catalogue.status).toBe(200)
    // Counted over the seed's products only: other test files list products of their own.
    const now = new Date()
    const certified = (await seedCertificates())
      .filter((c) => isInForce(certificateDates(c), now))
      .map((c) => c.handle)
      .sort()
    const handles: string[] = catalogue.body.products.map((p: { handle: string }) => p.handle)
    for (let offset = 100; offset < catalogue.body.count; offset += 100) {
      const page = await api(`/store/catalogue?limit=100&offset=${offset}`, { key })
      handles.push(...page.body.products.map((p: { handle: string }) => p.handle))
    }
    const seedHandleSet = new Set(PRODUCTS.map((p) => p.handle))
    expect(handles.filter((handle) => seedHandleSet.has(handle)).sort()).toEqual(certified)
    expect(handles).toContain("nam-huong-sa-pa")
    expect(handles).not.toContain("mien-dong-coc-my")
    expect(handles).not.toContain("mat-ong-hoa-ban-van-ban")

    const products = await api("/store/products?limit=1", { key })
    expect(products.status).toBe(200)
    expect(products.body.count).toBeGreaterThanOrEqual(60)
  })

  it("writes a year of sample sales online and at each showroom that the report counts, taking no stock", async () => {
    const { rows: orders } = await db.query(
      `SELECT o.sales_channel_id, count(*)::int AS n, min(o.created_at) AS first, max(o.created_at) AS last,
              bool_and(o.status = 'completed' AND o.currency_code = 'vnd' AND o.metadata->>'sample' = 'true') AS marked
       FROM "order" o WHERE o.metadata->>'sample_set' = $1 AND o.deleted_at IS NULL GROUP BY o.sales_channel_id`,
      [SAMPLE_SALES_SET],
    )
    const { rows: places } = await db.query("SELECT code, sales_channel_id FROM point_of_sale WHERE code = ANY($1)", [
      DEMO_POINTS_OF_SALE.map((p) => p.code),
    ])
    const online = await scalar<string>("SELECT id FROM sales_channel WHERE name = 'Cửa hàng OCOP Lào Cai'")
    expect(orders.map((o) => o.sales_channel_id).sort()).toEqual(
      [online, ...places.map((p) => p.sales_channel_id)].sort(),
    )
    const yearAgo = vietnamDayRange(isoDaysFromToday(-SAMPLE_SALES_DAYS)).start
    for (const o of orders) {
      expect(o.marked).toBe(true)
      expect(o.n).toBeGreaterThan(20)
      expect(o.first.getTime()).toBeGreaterThanOrEqual(yearAgo.getTime())
      expect(o.last.getTime()).toBeLessThanOrEqual(Date.now())
    }
    // Real lines: product and variant of a demo product, VAT included, no reservation behind them.
    expect(
      await scalar(
        `SELECT count(*)::int FROM order_line_item li JOIN order_item oi ON oi.item_id = li.id
         JOIN "order" o ON o.id = oi.order_id AND o.metadata->>'sample_set' = $1
         JOIN product_variant v ON v.id = li.variant_id AND v.product_id = li.product_id
         WHERE li.is_tax_inclusive AND li.unit_price > 0`,
        [SAMPLE_SALES_SET],
      ),
    ).toBe(
      await scalar(
        `SELECT count(*)::int FROM order_item oi JOIN "order" o ON o.id = oi.order_id AND o.metadata->>'sample_set' = $1`,
        [SAMPLE_SALES_SET],
      ),
    )
    expect(
      await scalar(
        `SELECT count(*)::int FROM reservation_item r JOIN order_item oi ON oi.item_id = r.line_item_id
         JOIN "order" o ON o.id = oi.order_id AND o.metadata->>'sample_set' = $1`,
        [SAMPLE_SALES_SET],
      ),
    ).toBe(0)
    // The showrooms' shelves hold what the seed put there: the history sold nothing from them.
    for (const demo of DEMO_POINTS_OF_SALE) {
      const { rows: levels } = await db.query(
        `SELECT ii.sku, il.stocked_quantity::int AS stocked FROM inventory_level il
         JOIN inventory_item ii ON ii.id = il.inventory_item_id
         JOIN point_of_sale p ON p.stock_location_id = il.location_id AND p.code = $1
         WHERE il.deleted_at IS NULL`,
        [demo.code],
      )
      expect(
        levels.map((l) => l.stocked).reduce((a, b) => a + b, 0),
        demo.code,
      ).toBe(demo.stock.reduce((sum, [, units]) => sum + units, 0))
    }
    // The report counts them: a showroom's year is the sum of its sample lines (nobody else sells there in tests).
    const token = await adminToken()
    const from = isoDaysFromToday(-SAMPLE_SALES_DAYS)
    const to = isoDaysFromToday(0)
    const report = await api(`/admin/reports/sales?from=${from}&to=${to}&group_by=sales_channel`, { token })
    expect(report.status, JSON.stringify(report.body)).toBe(200)
    for (const place of places) {
      const expected = await scalar<number>(
        `SELECT COALESCE(sum(round(oi.quantity * li.unit_price)), 0)::bigint::int FROM "order" o
         JOIN order_item oi ON oi.order_id = o.id AND oi.version = o.version
         JOIN order_line_item li ON li.id = oi.item_id
         WHERE o.sales_channel_id = $1 AND o.metadata->>'sample_set' = $2`,
        [place.sales_channel_id, SAMPLE_SALES_SET],
      )
      expect(expected).toBeGreaterThan(0)
      const row = report.body.rows.find((r: { key: string }) => r.key === place.sales_channel_id)
      expect(row?.revenue, place.code).toBe(expected)
    }
    // Online they are finished sales, not a year of work left: paid and delivered, as the console's
    // order list computes it and as Medusa does.
    const { rows: facts } = await db.query(
      `SELECT f.payment_status, f.fulfillment_status, count(*)::int AS n
       FROM (${factsSql(["payment_status", "fulfillment_status"])}) f
       JOIN "order" o ON o.id = f.id AND o.metadata->>'sample_set' = $1 GROUP BY 1, 2`,
      [SAMPLE_SALES_SET],
    )
    const onlineCount = orders.find((o) => o.sales_channel_id === online)!.n
    expect(facts).toEqual([{ payment_status: "captured", fulfillment_status: "delivered", n: onlineCount }])
    const sampleId = await scalar<string>(
      `SELECT id FROM "order" WHERE sales_channel_id = $1 AND metadata->>'sample_set' = $2 LIMIT 1`,
      [online, SAMPLE_SALES_SET],
    )
    const medusa = await api(
      `/admin/orders/${sampleId}?fields=payment_status,fulfillment_status,summary,*payment_collections.payments`,
      { token },
    )
    expect(medusa.status, JSON.stringify(medusa.body)).toBe(200)
    expect(medusa.body.order).toMatchObject({ payment_status: "captured", fulfillment_status: "delivered" })
    expect(medusa.body.order.summary.pending_difference).toBe(0)
    expect(medusa.body.order.payment_collections[0].payments[0].captured_at).toBeTruthy()
  })

  it("creates nothing on a second run", { timeout: 180_000 }, async () => {
    const before = await tableCounts()
    const lastProductUpdate = await scalar<string>("SELECT max(updated_at)::text FROM product")
    const output = await runSeed()
    expect(await tableCounts()).toEqual(before)
    expect(await scalar<string>("SELECT max(updated_at)::text FROM product")).toBe(lastProductUpdate)
    expect(output).toMatch(/products: created 0 \/ already present \d+/)
    expect(output).not.toMatch(/created [1-9]/)
  })

  it("gives production demo logins only with OCOP_DEMO_LOGINS=true", { timeout: 180_000 }, async () => {
    const emails = DEMO_STAFF.map((s) => s.email)
    const present = await scalar('SELECT count(*)::int FROM "user" WHERE email = ANY($1) AND deleted_at IS NULL', [
      emails,
    ])
    if (process.env.OCOP_DEMO_LOGINS !== "true") {
      expect(present, "the harness seeded in production without OCOP_DEMO_LOGINS").toBe(0)
      expect(await scalar("SELECT count(*)::int FROM producer_user WHERE email LIKE '%@ocop-laocai.vn'")).toBe(0)
      await runSeed({ OCOP_DEMO_LOGINS: "true" })
    }
    const { rows } = await db.query(
      "SELECT email, metadata->>'role' AS role FROM \"user\" WHERE email = ANY($1) AND deleted_at IS NULL ORDER BY email",
      [emails],
    )
    expect(rows).toEqual(
      DEMO_STAFF.map((s) => ({ email: s.email, role: s.role })).sort((a, b) => a.email.localeCompare(b.email)),
    )
    const login = await api("/auth/user/emailpass", {
      body: { email: "admin@ocop-laocai.vn", password: DEMO_PASSWORD },
    })
    expect(login.status).toBe(200)
    expect(login.body.token).toEqual(expect.any(String))

    // Every demo producer has an active console user, <handle>@ocop-laocai.vn, signed in as that producer.
    const producerLogins = PRODUCERS.map((p) => demoProducerLogin(p.handle))
    const { rows: producerUsers } = await db.query(
      "SELECT u.email, p.handle FROM producer_user u JOIN producer p ON p.id = u.producer_id WHERE u.email = ANY($1) AND u.status = 'active' AND u.deleted_at IS NULL",
      [producerLogins],
    )
    expect(producerUsers.length).toBe(PRODUCERS.length)
    for (const row of producerUsers) expect(row.email).toBe(demoProducerLogin(row.handle))
    const first = PRODUCERS[0]!.handle
    const producerLogin = await api("/auth/producer/emailpass", {
      body: { email: demoProducerLogin(first), password: DEMO_PASSWORD },
    })
    expect(producerLogin.status).toBe(200)
    const me = await api("/producer/me", { token: producerLogin.body.token })
    expect(me.body.producer.handle).toBe(first)

    // The Sa Pa counter clerk works at the Sa Pa showroom only.
    const { rows: clerk } = await db.query(
      `SELECT u.metadata->>'role' AS role, u.metadata->'point_of_sale_ids' AS places, p.code
       FROM "user" u LEFT JOIN point_of_sale p ON p.id = u.metadata->'point_of_sale_ids'->>0
       WHERE u.email = $1 AND u.deleted_at IS NULL`,
      [DEMO_CLERK.email],
    )
    expect(clerk).toEqual([{ role: "pos_clerk", places: [expect.any(String)], code: "sa-pa" }])
  })
})
