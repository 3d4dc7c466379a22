// Bulk sales history for the report benchmark (test/bench/reports.mjs): order lines written with
// generate_series in the exact shape the sales report reads (`src/queries/sales-report.ts`:
// "order", order_item at the order's version, order_line_item, its tax line and adjustments),
// modelled on the demo seed's sample orders, so the report counts them as it counts real ones.
// Order summaries, shipping and payments are not written: the report reads none of them.

/** Bench rows are recognised by their ids (`order_bench_…`): nothing else in Medusa uses that prefix. */
export const BENCH_ORDER_PREFIX = "order_bench_"

/** Lines per order alternate 3 and 2 (line n belongs to order ⌊2n/5⌋): 2.5 on average. */
export const ordersForLines = (lines) => Math.ceil((lines * 2) / 5)

/** Lines written per statement: each chunk is its own transaction, so a stopped load resumes. */
const CHUNK_LINES = 100_000

/** The history covers this many days back from the day it was loaded. */
export const HISTORY_DAYS = 730

/**
 * Deterministic pseudo-random numbers per row (an md5 of a salt and the row's number), so a load
 * resumed after a stop writes the same rows; `pg_temp` keeps them out of the database's schema.
 */
const HELPERS = `
CREATE OR REPLACE FUNCTION pg_temp.h(salt text, n bigint) RETURNS bigint LANGUAGE sql IMMUTABLE AS
  $$ SELECT ('x' || substr(md5(salt || n::text), 1, 8))::bit(32)::bigint $$;
CREATE OR REPLACE FUNCTION pg_temp.order_at(i bigint, base timestamptz, days int) RETURNS timestamptz
  LANGUAGE sql IMMUTABLE AS $$ SELECT base - (pg_temp.h('t', i) / 4294967296.0) * days * interval '1 day' $$;
`

/**
 * The channels orders go to: online (half of them) and every place's or event's own channel, and
 * the products a line may hold: the sample orders' distinct lines (product, variant, VND price).
 */
async function prepareShapes(db) {
  await db.query(HELPERS)
  await db.query(`
    CREATE TEMP TABLE IF NOT EXISTS bench_channel AS
    SELECT (row_number() OVER (ORDER BY online DESC, id) - 1)::int AS k, id, online FROM (
      SELECT sc.id, NOT EXISTS (SELECT 1 FROM point_of_sale p WHERE p.sales_channel_id = sc.id AND p.deleted_at IS NULL)
                AND NOT EXISTS (SELECT 1 FROM trade_event e WHERE e.sales_channel_id = sc.id AND e.deleted_at IS NULL) AS online
      FROM sales_channel sc
      WHERE sc.deleted_at IS NULL AND (
        EXISTS (SELECT 1 FROM point_of_sale p WHERE p.sales_channel_id = sc.id AND p.deleted_at IS NULL)
        OR EXISTS (SELECT 1 FROM trade_event e WHERE e.sales_channel_id = sc.id AND e.deleted_at IS NULL)
        OR EXISTS (SELECT 1 FROM "order" o WHERE o.sales_channel_id = sc.id AND o.deleted_at IS NULL))
    ) c`)
  await db.query(`
    CREATE TEMP TABLE IF NOT EXISTS bench_template AS
    SELECT (row_number() OVER (ORDER BY product_id) - 1)::int AS k, * FROM (
      SELECT DISTINCT ON (li.product_id) li.product_id, li.variant_id, li.title, li.subtitle, li.thumbnail,
             li.product_title, li.product_handle, li.variant_sku, li.variant_title, li.unit_price
      FROM order_line_item li JOIN order_item oi ON oi.item_id = li.id JOIN "order" o ON o.id = oi.order_id
      WHERE li.deleted_at IS NULL AND li.product_id IS NOT NULL AND o.currency_code = 'vnd'
        AND o.id NOT LIKE '${BENCH_ORDER_PREFIX}%'
      ORDER BY li.product_id, li.created_at) t`)
  const count = async (table) => Number((await db.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n)
  const shapes = {
    channels: await count("bench_channel"),
    online: await count("bench_channel WHERE online"),
    products: await count("bench_template"),
  }
  if (shapes.channels < 2 || shapes.online < 1 || shapes.products < 1) {
    throw new Error(`the seed's channels or sample sales are missing (${JSON.stringify(shapes)}); rerun with --fresh`)
  }
  return shapes
}

/**
 * Orders [o0, o1): the date (uniform over the history), the channel (half online, the rest spread
 * over the places and events), 3 % cancelled, 2 % in US dollars. Their lines (below): a product,
 * 1–3 units, 10 % VAT included, a 10 % promotion on 5 % of them.
 */
const ORDERS_SQL = `
INSERT INTO "order" (id, region_id, version, sales_channel_id, status, is_draft_order, email, currency_code,
                     metadata, created_at, updated_at, canceled_at)
SELECT '${BENCH_ORDER_PREFIX}' || lpad(i::text, 8, '0'),
       CASE WHEN usd THEN $4 ELSE $3 END, 1,
       (SELECT id FROM bench_channel WHERE k = CASE WHEN pg_temp.h('c', i) % 100 < 50 THEN pg_temp.h('o', i) % $5
                                             ELSE $5 + pg_temp.h('o', i) % ($6 - $5) END),
       (CASE WHEN pg_temp.h('s', i) % 100 < 3 THEN 'canceled' ELSE 'completed' END)::order_status_enum,
       false, 'khach-bench-' || (i % 997) || '@example.vn', CASE WHEN usd THEN 'usd' ELSE 'vnd' END,
       '{"bench": true}'::jsonb, at, at, CASE WHEN pg_temp.h('s', i) % 100 < 3 THEN at + interval '1 hour' END
FROM generate_series($1::bigint, $2::bigint - 1) i,
     LATERAL (SELECT pg_temp.order_at(i, $7, $8) AS at, pg_temp.h('u', i) % 100 < 2 AS usd) x`

/** The chunk's lines, priced in their order's currency, kept for the four inserts that follow. */
const CHUNK_SQL = `
CREATE TEMP TABLE bench_chunk ON COMMIT DROP AS
SELECT n, t.*, o.id AS order_id, o.created_at AS at, 1 + pg_temp.h('q', n) % 3 AS qty,
       pg_temp.h('a', n) % 100 < 5 AS promoted,
       CASE WHEN o.currency_code = 'usd' THEN round(t.unit_price / 25000, 2) ELSE t.unit_price END AS price
FROM generate_series($1::bigint, $2::bigint - 1) n
JOIN bench_template t ON t.k = pg_temp.h('p', n) % $3
JOIN "order" o ON o.id = '${BENCH_ORDER_PREFIX}' || lpad(((n * 2) / 5)::text, 8, '0')`

const LINES_SQL = [
  `INSERT INTO order_line_item (id, title, subtitle, thumbnail, variant_id, product_id, product_title, product_handle,
                                variant_sku, variant_title, requires_shipping, is_discountable, is_tax_inclusive,
                                unit_price, raw_unit_price, created_at, updated_at)
   SELECT 'ordli_bench_' || n, title, subtitle, thumbnail, variant_id, product_id, product_title, product_handle,
          variant_sku, variant_title, true, true, true, price, jsonb_build_object('value', price::text, 'precision', 20), at, at
   FROM bench_chunk`,
  `INSERT INTO order_item (id, order_id, version, item_id, quantity, raw_quantity, fulfilled_quantity, shipped_quantity,
                           return_requested_quantity, return_received_quantity, return_dismissed_quantity,
                           written_off_quantity, created_at, updated_at)
   SELECT 'orditem_bench_' || n, order_id, 1, 'ordli_bench_' || n, qty, jsonb_build_object('value', qty::text, 'precision', 20),
          0, 0, 0, 0, 0, 0, at, at
   FROM bench_chunk`,
  `INSERT INTO order_line_item_tax_line (id, description, code, rate, raw_rate, item_id, created_at, updated_at)
   SELECT 'ordlitxl_bench_' || n, 'Thuế GTGT 10%', 'VAT10', 10, '{"value": "10", "precision": 20}'::jsonb,
          'ordli_bench_' || n, at, at
   FROM bench_chunk`,
  `INSERT INTO order_line_item_adjustment (id, description, code, amount, raw_amount, item_id, is_tax_inclusive,
                                           created_at, updated_at)
   SELECT 'ordliadj_bench_' || n, 'Khuyến mãi 10%', 'BENCH10', a, jsonb_build_object('value', a::text, 'precision', 20),
          'ordli_bench_' || n, true, at, at
   FROM (SELECT *, round(price * qty / 10, 2) AS a FROM bench_chunk WHERE promoted) p`,
]

/** Bench lines already written, and the instant their dates count back from. */
export async function loadedLines(db) {
  await db.query(
    "CREATE TABLE IF NOT EXISTS bench_reports_load (lines bigint NOT NULL, loaded_at timestamptz NOT NULL)",
  )
  const row = (await db.query("SELECT lines, loaded_at FROM bench_reports_load")).rows[0]
  return row ? { lines: Number(row.lines), loadedAt: row.loaded_at } : { lines: 0, loadedAt: new Date() }
}

/**
 * Writes bench lines until `target` exist, CHUNK_LINES per transaction (chunks end on whole orders),
 * resuming where an earlier run stopped; returns the number of lines in the database afterwards.
 */
export async function loadSalesHistory(db, target, log) {
  let { lines, loadedAt } = await loadedLines(db)
  if (lines >= target) return lines
  const shapes = await prepareShapes(db)
  const region = async (currency) =>
    (
      await db.query(
        "SELECT id FROM region WHERE currency_code = $1 AND deleted_at IS NULL ORDER BY created_at LIMIT 1",
        [currency],
      )
    ).rows[0]?.id ?? null
  const vndRegion = await region("vnd")
  const usdRegion = (await region("usd")) ?? vndRegion
  log(
    `${shapes.products} products, ${shapes.online} online and ${shapes.channels - shapes.online} place/event channels`,
  )
  while (lines < target) {
    const end = Math.min(target, lines + CHUNK_LINES)
    const started = Date.now()
    await db.query("BEGIN")
    await db.query(ORDERS_SQL, [
      ordersForLines(lines),
      ordersForLines(end),
      vndRegion,
      usdRegion,
      shapes.online,
      shapes.channels,
      loadedAt,
      HISTORY_DAYS,
    ])
    await db.query(CHUNK_SQL, [lines, end, shapes.products])
    for (const sql of LINES_SQL) await db.query(sql)
    await db.query("DELETE FROM bench_reports_load")
    await db.query("INSERT INTO bench_reports_load (lines, loaded_at) VALUES ($1, $2)", [end, loadedAt])
    await db.query("COMMIT")
    log(`lines ${lines}–${end} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
    lines = end
  }
  return lines
}

/**
 * Moves the bench history so that it still ends at the moment of this run: "the last year" then
 * always holds half of it, whenever the database was loaded. Returns the shift in days.
 */
export async function keepHistoryCurrent(db) {
  const { lines, loadedAt } = await loadedLines(db)
  const shiftMs = Date.now() - new Date(loadedAt).getTime()
  if (lines === 0 || shiftMs < 3_600_000) return 0
  await db.query("BEGIN")
  await db.query(
    `UPDATE "order" SET created_at = created_at + $1 * interval '1 millisecond', updated_at = updated_at + $1 * interval '1 millisecond',
            canceled_at = canceled_at + $1 * interval '1 millisecond'
     WHERE id LIKE '${BENCH_ORDER_PREFIX}%'`,
    [shiftMs],
  )
  await db.query("UPDATE bench_reports_load SET loaded_at = loaded_at + $1 * interval '1 millisecond'", [shiftMs])
  await db.query("COMMIT")
  return shiftMs / 86_400_000
}
