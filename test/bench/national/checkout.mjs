// Online checkout under load (issue 17). Each buyer does what the storefront's checkout does,
// through the store API: a cart with one line, contact and delivery address with the fulfilment and
// cash on delivery in its metadata, the home-delivery option, then "Đặt hàng" — POST
// /store/carts/:id/place, which opens the payment (COD), reserves the stock and completes the cart
// into an order, retried on "busy" as the storefront does. Stock is set in the database before the
// backend starts (the bench database has no staff logins, and Medusa's caching module then has
// nothing stale): ample stock for the throughput products, half as many units as there are buyers of one more.
import { withDatabase } from "@ocop/infra/database"
import { percentile } from "./load.mjs"

/** Units of the one product the buyers race for: half the buyers (10 for 20), so some must be refused. */
export const limitedUnits = (buyers) => Math.max(1, Math.floor(buyers / 2))
const AMPLE = 1_000_000
/** Placements a buyer sends while told "busy": the storefront's 3; in the race, enough that only stock decides. */
const BUSY_ATTEMPTS = 3
const RACE_ATTEMPTS = 10

const ADDRESS = {
  first_name: "Mai",
  last_name: "Nguyễn Thị",
  phone: "0912345678",
  address_1: "12 Cầu Mây",
  city: "Phường Sa Pa",
  province: "Lào Cai",
  country_code: "vn",
}

/** Sets `quantity` available (stocked = reserved + quantity) at `locationId`; Medusa keeps a raw copy of each amount. */
function setAvailable(db, { inventoryItemId, locationId }, quantity) {
  return db.query(
    `UPDATE inventory_level SET stocked_quantity = reserved_quantity + $3,
       raw_stocked_quantity = jsonb_build_object('value', (reserved_quantity + $3)::text, 'precision', 20),
       updated_at = now()
     WHERE inventory_item_id = $1 AND location_id = $2 AND deleted_at IS NULL`,
    [inventoryItemId, locationId, quantity],
  )
}

async function level(db, { inventoryItemId, locationId }) {
  const { rows } = await db.query(
    `SELECT stocked_quantity::int AS stocked, reserved_quantity::int AS reserved FROM inventory_level
     WHERE inventory_item_id = $1 AND location_id = $2 AND deleted_at IS NULL`,
    [inventoryItemId, locationId],
  )
  return rows[0]
}

/**
 * Before the backend starts: `count` + 1 listed demo products with tracked stock at the web channel's
 * location, one variant each, other than `measuredHandle` (whose page the run measures); the first
 * gets `limitedUnits(count)` units, the others ample stock.
 */
export function prepareCheckoutStock(databaseUrl, count, measuredHandle) {
  const units = limitedUnits(count)
  return withDatabase(databaseUrl, async (db) => {
    const { rows } = await db.query(
      `SELECT DISTINCT ON (e.handle) e.handle, v.id AS "variantId", vi.inventory_item_id AS "inventoryItemId",
              l.location_id AS "locationId"
       FROM catalogue_entry e
       JOIN product_variant v ON v.product_id = e.product_id AND v.deleted_at IS NULL AND v.manage_inventory
       JOIN product_variant_inventory_item vi ON vi.variant_id = v.id AND vi.deleted_at IS NULL
       JOIN product_sales_channel ps ON ps.product_id = e.product_id AND ps.deleted_at IS NULL
       JOIN sales_channel c ON c.id = ps.sales_channel_id AND c.name = 'Cửa hàng OCOP Lào Cai'
       JOIN sales_channel_stock_location cl ON cl.sales_channel_id = c.id AND cl.deleted_at IS NULL
       JOIN inventory_level l ON l.inventory_item_id = vi.inventory_item_id AND l.location_id = cl.stock_location_id
                             AND l.deleted_at IS NULL
       WHERE e.is_listed AND e.deleted_at IS NULL AND e.handle NOT LIKE 'bench-%' AND e.handle <> $2
       ORDER BY e.handle, v.id
       LIMIT $1`,
      [count + 1, measuredHandle ?? ""],
    )
    if (rows.length < 2) throw new Error("the bench database has no demo products with tracked stock to buy")
    const [limited, ...ample] = rows
    await setAvailable(db, limited, units)
    for (const product of ample) await setAvailable(db, product, AMPLE)
    return { limited: { ...limited, units, before: await level(db, limited) }, ample }
  })
}

async function call(base, key, path, body) {
  const res = await fetch(base + path, {
    method: body === undefined ? "GET" : "POST",
    headers: { "x-publishable-api-key": key, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json = await res.json().catch(() => null)
  return { status: res.status, body: json }
}

/** The requests of one checkout, in order, as the tables name them. */
export const STEPS = ["cart", "address", "shipping options", "shipping method", "place"]

/**
 * One buyer's checkout of one unit of `variantId`: { ok, ms, steps: { step: ms }, status, code, busy }.
 * "place" includes its "busy" retries and their pauses.
 */
export async function checkout(base, key, regionId, variantId, email, attempts = BUSY_ATTEMPTS) {
  const started = performance.now()
  const steps = {}
  let busy = 0
  const timed = async (step, path, body) => {
    const stepStarted = performance.now()
    const res = await call(base, key, path, body)
    steps[step] = (steps[step] ?? 0) + performance.now() - stepStarted
    return res
  }
  const refused = (res, step) => ({
    ok: false,
    ms: performance.now() - started,
    steps,
    busy,
    status: res.status,
    code: res.body?.code ?? step,
  })
  const cart = await timed("cart", "/store/carts", {
    region_id: regionId,
    items: [{ variant_id: variantId, quantity: 1 }],
  })
  if (cart.status !== 200) return refused(cart, "cart")
  const id = cart.body.cart.id
  const saved = await timed("address", `/store/carts/${id}`, {
    email,
    shipping_address: ADDRESS,
    billing_address: ADDRESS,
    metadata: { fulfilment: "delivery", payment_method: "cod" },
  })
  if (saved.status !== 200) return refused(saved, "address")
  const options = await timed("shipping options", `/store/shipping-options?cart_id=${id}`)
  const option = options.body?.shipping_options?.find((o) => o.type?.code !== "pickup")
  if (!option) return refused(options, "no delivery option")
  const shipping = await timed("shipping method", `/store/carts/${id}/shipping-methods`, { option_id: option.id })
  if (shipping.status !== 200) return refused(shipping, "shipping")
  let placed
  for (let attempt = 1; attempt <= attempts; attempt++) {
    placed = await timed("place", `/store/carts/${id}/place`, {})
    if (placed.status !== 409 || placed.body?.code !== "busy") break
    busy++
    await new Promise((r) => setTimeout(r, 1000))
    steps.place += 1000
  }
  if (placed.status !== 200) return refused(placed, "place")
  return { ok: true, ms: performance.now() - started, steps, busy }
}

/** The id of the region that sells in đồng (Việt Nam). */
export async function vndRegion(base, key) {
  const regions = await call(base, key, "/store/regions?fields=id,currency_code")
  const regionId = regions.body?.regions?.find((r) => r.currency_code === "vnd")?.id
  if (!regionId) throw new Error(`no VND region: ${JSON.stringify(regions.body)}`)
  return regionId
}

function summary(name, results, seconds) {
  const done = results.filter((r) => r.ok)
  const times = done.map((r) => r.ms).sort((a, b) => a - b)
  const stepP50 = Object.fromEntries(
    STEPS.map((step) => [
      step,
      percentile(
        done.map((r) => r.steps[step]).sort((a, b) => a - b),
        50,
      ),
    ]),
  )
  const refusals = {}
  for (const r of results.filter((x) => !x.ok))
    refusals[`${r.status} ${r.code}`] = (refusals[`${r.status} ${r.code}`] ?? 0) + 1
  return {
    name,
    attempts: results.length,
    orders: done.length,
    seconds,
    perSecond: done.length / seconds,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    stepP50,
    busy: results.reduce((n, r) => n + (r.busy ?? 0), 0),
    refusals,
  }
}

/**
 * `buyers` at once, each doing `rounds` checkouts one after another of an ample-stock product
 * (buyer i buys product i of the list), then `buyers` at once for one unit each of the limited
 * product. Checks the race in the database: exactly as many orders as units, nothing left, nothing negative.
 */
export async function measureCheckout({ base, key, databaseUrl, stock, buyers, rounds, log }) {
  const regionId = await vndRegion(base, key)
  const run = Date.now().toString(36)
  const email = (i, n) => `bench-${run}-${i}-${n}@example.vn`
  log(`checkout warm-up: one order`)
  const warm = await checkout(base, key, regionId, stock.ample[0].variantId, email("warm", 0))
  if (!warm.ok) throw new Error(`a single checkout was refused: ${JSON.stringify(warm)}`)
  // One buyer on an otherwise idle server: what a checkout costs without waiting for others.
  const ALONE = 3
  log(`checkout: one buyer alone, ${ALONE} orders one after another`)
  const aloneResults = []
  let started = performance.now()
  for (let n = 0; n < ALONE; n++) {
    aloneResults.push(await checkout(base, key, regionId, stock.ample[0].variantId, email("alone", n)))
  }
  const alone = summary(
    `one buyer alone, ${ALONE} orders one after another`,
    aloneResults,
    (performance.now() - started) / 1000,
  )

  log(`checkout: ${buyers} buyers × ${rounds} orders each`)
  const results = []
  started = performance.now()
  await Promise.all(
    Array.from({ length: buyers }, async (_, i) => {
      const { variantId } = stock.ample[i % stock.ample.length]
      for (let n = 0; n < rounds; n++) results.push(await checkout(base, key, regionId, variantId, email(i, n)))
    }),
  )
  const throughput = summary(
    `${buyers} buyers, ${rounds} orders each, ${stock.ample.length} products`,
    results,
    (performance.now() - started) / 1000,
  )

  log(`checkout race: ${buyers} buyers for ${stock.limited.units} units of ${stock.limited.handle}`)
  started = performance.now()
  const raced = await Promise.all(
    Array.from({ length: buyers }, (_, i) =>
      checkout(base, key, regionId, stock.limited.variantId, email(i, "race"), RACE_ATTEMPTS),
    ),
  )
  const race = summary(
    `${buyers} buyers racing for ${stock.limited.units} units`,
    raced,
    (performance.now() - started) / 1000,
  )
  const after = await withDatabase(databaseUrl, (db) => level(db, stock.limited))
  race.check = {
    units: stock.limited.units,
    handle: stock.limited.handle,
    before: stock.limited.before,
    after,
    available: after.stocked - after.reserved,
    reservedNow: after.reserved - stock.limited.before.reserved,
    serverErrors: raced.filter((r) => r.status >= 500).length,
  }
  race.check.ok =
    race.orders === stock.limited.units &&
    race.check.available === 0 &&
    race.check.reservedNow === stock.limited.units &&
    race.check.serverErrors === 0
  return { alone, throughput, race }
}

export function checkoutTable({ alone, throughput, race }) {
  const ms = (n) => (Number.isFinite(n) ? n.toFixed(0) : "—")
  const refusals = (r) =>
    Object.entries(r.refusals)
      .map(([k, n]) => `${n} × ${k}`)
      .join(", ") || "none"
  const cases = [alone, throughput, race]
  return [
    '| case | checkouts | orders | seconds | orders/s | checkout p50 / p95 (ms) | "busy" answers | refused (status, code) |',
    "|---|---:|---:|---:|---:|---:|---:|---|",
    ...cases.map(
      (r) =>
        `| ${r.name} | ${r.attempts} | ${r.orders} | ${r.seconds.toFixed(1)} | ${r.perSecond.toFixed(2)} | ${ms(r.p50)} / ${ms(r.p95)} | ${r.busy} | ${refusals(r)} |`,
    ),
    "",
    "Where a completed checkout's time goes, median per request (ms):",
    "",
    `| request | ${cases.map((r) => r.name).join(" | ")} |`,
    `|---|${cases.map(() => "---:").join("|")}|`,
    ...STEPS.map((step) => `| ${step} | ${cases.map((r) => ms(r.stepP50[step])).join(" | ")} |`),
  ].join("\n")
}

/** Issue 17's checkout goal: [goal, met, this run]. */
export function checkoutGoals({ throughput, race }) {
  const c = race.check
  return [
    [
      "checkout: ≥ 20 completed orders/s with 20 concurrent buyers",
      throughput.perSecond >= 20,
      `${throughput.perSecond.toFixed(2)} orders/s, p50 ${throughput.p50.toFixed(0)} ms, p95 ${throughput.p95.toFixed(0)} ms`,
    ],
    [
      `checkout: none oversold (${race.attempts} buyers for ${c.units} units)`,
      c.ok,
      `${race.orders} orders; stock left ${c.available} (stocked ${c.after.stocked}, reserved ${c.after.reserved}, ${c.reservedNow} reserved by the race); ${c.serverErrors} server errors`,
    ],
  ]
}
