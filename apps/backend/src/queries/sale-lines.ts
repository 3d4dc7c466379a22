import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { LIVE_ORDER_STATUSES } from "@ocop/domain"
import { lineTotalSql, orderLines, withLineDiscounts } from "./producer-lines"

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

/** The lines that count as sales today, with what the table keeps of them (`sales-report.ts` reads it). */
function countedLines(knex: Knex): Knex.QueryBuilder {
  return withLineDiscounts(knex, orderLines(knex))
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
        `round((${lineTotalSql(knex, { discounts: "joined" }).toQuery()}) * CASE WHEN o.currency_code = 'usd' THEN 100 ELSE 1 END) AS amount`,
      ),
    )
}

const COLUMNS = ["line_id", "order_id", "at", "currency_code", "sales_channel_id", "product_id", "units", "amount"]

/** Copies the given orders again: their old rows go, their current counted lines come (idempotent). */
async function recopy(trx: Knex.Transaction, orders: Knex.QueryBuilder) {
  await trx(SALE_LINE_TABLE).whereIn("order_id", orders.clone()).delete()
  await trx(SALE_LINE_TABLE).insert(
    (trx as unknown as Knex).queryBuilder().from(countedLines(trx).whereIn("o.id", orders).as("c")).select(COLUMNS),
  )
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
    await recopy(
      trx,
      trx({ o: "order" })
        .where("o.updated_at", ">=", trx.raw(`?::timestamptz - interval '${RESCAN}'`, [mark.synced_to]))
        .select("o.id"),
    )
    await markAt(trx)
  })
}

async function rebuildIn(trx: Knex.Transaction) {
  await trx.raw(`TRUNCATE ${SALE_LINE_TABLE}`)
  await trx(SALE_LINE_TABLE).insert(
    (trx as unknown as Knex).queryBuilder().from(countedLines(trx).as("c")).select(COLUMNS),
  )
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
