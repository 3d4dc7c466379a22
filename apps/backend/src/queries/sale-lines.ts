import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { LIVE_ORDER_STATUSES } from "@ocop/domain"
import { insertSelect, oneOf, vietnamDaySql } from "./bulk-sql"
import { lineTotalSql, orderLines, withLineDiscounts } from "./producer-lines"
import { resumAllSaleDays, resumSaleDays } from "./sale-days"
import { keepAllProductDimensions, productsWithNewDimensions, SALE_PRODUCT_TABLE } from "./sale-dimensions"

/**
 * The sales report's read model (decision 029, "Sale lines"): one narrow row per line of a live order,
 * its amount already rounded to whole đồng or cents, so a year is one range scan of an index instead of
 * a join of Medusa's three order tables. Created by the payout module's migration.
 */
export const SALE_LINE_TABLE = "ocop_sale_line"
/** One row: the instant up to which every order change has been copied (minus `RESCAN`). */
export const SALE_LINE_SYNC_TABLE = "ocop_sale_line_sync"

/**
 * How far back each catch-up looks again. `order.updated_at` is stamped when a change is written, not
 * when it commits, so a transaction still open when the last catch-up ran may show a change older than
 * its mark; re-reading a few minutes costs a few orders and makes those visible. Raw SQL that moves an
 * order's `created_at` without touching `updated_at` (seed, tests) is also caught while it is this recent.
 */
const RESCAN = "10 minutes"

/** Serialises catch-ups, so two requests never copy the same order at once. */
const LOCK = "hashtext('ocop_sale_line')"

/**
 * The lines that count as sales today, with their product's dimensions (`d`) for the flags: from the
 * kept copy, refreshed just before in the same transaction, so that the flags and the dimensions the
 * report groups the sale days by are always the same ones (a star level changed in between waits for
 * the next catch-up, for both). Promotions are summed once for all lines when copying everything
 * (`bulk`), looked up per line when copying a few orders (summing them all took 100 ms per catch-up).
 */
function countedLines(knex: Knex, { bulk }: { bulk: boolean }): Knex.QueryBuilder {
  return (bulk ? withLineDiscounts(knex, orderLines(knex)) : orderLines(knex))
    .leftJoin({ d: SALE_PRODUCT_TABLE }, "d.product_id", "li.product_id")
    .whereIn("o.status", [...LIVE_ORDER_STATUSES])
    .whereIn("o.currency_code", ["vnd", "usd"])
    .select(
      "li.id AS line_id",
      "o.id AS order_id",
      "o.created_at AS at",
      "o.currency_code",
      "o.sales_channel_id",
      "li.product_id",
      knex.raw("oi.quantity::numeric AS units"),
      knex.raw(
        `round((${lineTotalSql(knex, { discounts: bulk ? "joined" : "per-line" }).toQuery()}) * CASE WHEN o.currency_code = 'usd' THEN 100 ELSE 1 END) AS amount`,
      ),
      "d.producer_id",
      "d.district",
      "d.star_level",
      "d.product_group",
    )
}

/** True on the first line (by id) of each order, or of each order and value of the given columns. */
const firstOf = (...columns: string[]) =>
  `row_number() OVER (PARTITION BY ${["c.order_id", ...columns].join(", ")} ORDER BY c.line_id) = 1`

const LINE_COLUMNS = ["line_id", "order_id", "at", "currency_code", "sales_channel_id", "product_id", "units", "amount"]
const FLAGS = [
  "first_in_order",
  "first_of_product",
  "first_of_producer",
  "first_of_district",
  "first_of_star",
  "first_of_group",
]
const COLUMNS = [...LINE_COLUMNS, "day", ...FLAGS]

/**
 * The rows to keep, in `COLUMNS`' order: each line, its Vietnam day and its first-line flags (a
 * line's flags depend on the other lines of its order, so a whole order is always copied at once).
 */
function saleLineRows(knex: Knex, lines: Knex.QueryBuilder): Knex.QueryBuilder {
  return knex
    .queryBuilder()
    .from(lines.as("c"))
    .select(
      ...LINE_COLUMNS.map((column) => `c.${column}`),
      knex.raw(`${vietnamDaySql("c.at")} AS day`),
      knex.raw(`${firstOf()} AS first_in_order`),
      knex.raw(`${firstOf("c.product_id")} AS first_of_product`),
      knex.raw(`${firstOf("c.producer_id")} AS first_of_producer`),
      knex.raw(`${firstOf("c.district")} AS first_of_district`),
      knex.raw(`${firstOf("c.star_level")} AS first_of_star`),
      knex.raw(`${firstOf("c.product_group")} AS first_of_group`),
    )
}

const daysOf = async (trx: Knex.Transaction, orderIds: string[]) =>
  (
    (await trx(SALE_LINE_TABLE)
      .where(oneOf(trx, "order_id", orderIds))
      .distinct(trx.raw("to_char(day, 'YYYY-MM-DD') AS day"))) as { day: string }[]
  ).map((r) => r.day)

/**
 * Copies the given orders again: their old rows go, their current counted lines come (idempotent),
 * and the days they were and are on are summed again.
 */
async function recopy(trx: Knex.Transaction, orderIds: string[]) {
  if (!orderIds.length) return
  const days = new Set(await daysOf(trx, orderIds))
  await trx(SALE_LINE_TABLE)
    .where(oneOf(trx, "order_id", orderIds))
    .delete()
  const knex = trx as unknown as Knex
  await insertSelect(
    trx,
    SALE_LINE_TABLE,
    COLUMNS,
    saleLineRows(knex, countedLines(knex, { bulk: false }).where(oneOf(trx, "o.id", orderIds))),
  )
  for (const day of await daysOf(trx, orderIds)) days.add(day)
  await resumSaleDays(trx, [...days])
}

const markAt = (trx: Knex.Transaction) =>
  trx.raw(
    `INSERT INTO ${SALE_LINE_SYNC_TABLE} (id, synced_to) VALUES (1, now())
     ON CONFLICT (id) DO UPDATE SET synced_to = excluded.synced_to`,
  )

/**
 * Brings the table up to date before a report reads it: every order written since the last catch-up
 * (placed, paid, cancelled, edited — each stamps `order.updated_at`) is copied again. Without a mark
 * (new database, after a bulk load) it rebuilds everything. Runs in one transaction: a crash leaves the
 * table and its mark as they were.
 */
export async function syncSaleLines(knex: Knex): Promise<void> {
  await knex.transaction(async (trx) => {
    await trx.raw(`SELECT pg_advisory_xact_lock(${LOCK})`)
    const mark = (await trx(SALE_LINE_SYNC_TABLE).where("id", 1).first("synced_to")) as
      { synced_to: Date | null } | undefined
    if (!mark?.synced_to) return rebuildIn(trx)
    const written = (await trx({ o: "order" })
      .where("o.updated_at", ">=", trx.raw(`?::timestamptz - interval '${RESCAN}'`, [mark.synced_to]))
      .pluck("o.id")) as string[]
    // A product whose star level, group, producer or district changed re-flags every order holding it.
    const changed = await productsWithNewDimensions(trx)
    const holding = changed.length
      ? ((await trx(SALE_LINE_TABLE)
          .where(oneOf(trx, "product_id", changed))
          .distinct("order_id")
          .pluck("order_id")) as string[])
      : []
    await recopy(trx, [...new Set([...written, ...holding])])
    await markAt(trx)
  })
}

async function rebuildIn(trx: Knex.Transaction) {
  await trx.raw(`TRUNCATE ${SALE_LINE_TABLE}`)
  await keepAllProductDimensions(trx)
  const knex = trx as unknown as Knex
  await insertSelect(trx, SALE_LINE_TABLE, COLUMNS, saleLineRows(knex, countedLines(knex, { bulk: true })))
  await resumAllSaleDays(trx)
  await markAt(trx)
}

/**
 * Copies every order again, from nothing: after writing orders in bulk SQL (the seed's sample history,
 * the benchmark's load) or whenever the table is in doubt. The report's answers are those of Medusa's
 * tables again once it commits.
 */
export async function rebuildSaleLines(knex: Knex): Promise<void> {
  await knex.transaction(async (trx) => {
    await trx.raw(`SELECT pg_advisory_xact_lock(${LOCK})`)
    await rebuildIn(trx)
  })
}
