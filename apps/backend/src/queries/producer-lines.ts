import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { PRODUCER_PRODUCT_LINK_TABLE } from "../links/producer-product"

/** Orders that count as sales and as work (`@ocop/domain`), for every view of a producer's figures. */
export { LIVE_ORDER_STATUSES, OPEN_ORDER_STATUSES } from "@ocop/domain"

/**
 * The current lines (at the order's version) of real orders, as `o` (order), `oi` (order_item:
 * quantities) and `li` (order_line_item: what was bought). Every sales figure starts here: a
 * producer's (below) and the sales report's (`sales-report.ts`).
 */
export function orderLines(knex: Knex): Knex.QueryBuilder {
  return knex({ o: "order" })
    .join({ oi: "order_item" }, (on) =>
      on.on("oi.order_id", "o.id").andOn("oi.version", "o.version").andOnNull("oi.deleted_at"),
    )
    .join({ li: "order_line_item" }, (on) => on.on("li.id", "oi.item_id").andOnNull("li.deleted_at"))
    .whereNull("o.deleted_at")
    .where("o.is_draft_order", false)
}

/**
 * `orderLines` holding one of the producer's products, with `l` the producer–product link. Every
 * producer query starts here, so no query can forget the producer.
 */
export function producerLines(knex: Knex, producerId: string): Knex.QueryBuilder {
  return orderLines(knex)
    .join({ l: PRODUCER_PRODUCT_LINK_TABLE }, (on) => on.on("l.product_id", "li.product_id").andOnNull("l.deleted_at"))
    .where("l.producer_id", producerId)
}

/**
 * Line total after promotions, VAT included, in the order's currency: what the buyer paid for the
 * line, as Medusa's own totals compute it. A promotion's adjustment is stored without tax unless it
 * says otherwise (a 10 % discount on a 120.000 ₫ price with 10 % VAT is stored as 10.909,09), so it is
 * grossed up by the line's tax rate before it is subtracted; so is a price stored without tax.
 * `discounts: "joined"` reads them from `ld` (`withLineDiscounts`) instead of looking them up per line.
 */
export function lineTotalSql(
  knex: Knex,
  { discounts = "per-line" }: { discounts?: "per-line" | "joined" } = {},
): Knex.Raw {
  const discount =
    discounts === "joined"
      ? "COALESCE(ld.gross, 0)"
      : `COALESCE((SELECT sum(${gross("a.amount", "a.is_tax_inclusive", "li.id")}) FROM order_line_item_adjustment a
          WHERE a.item_id = li.id AND a.deleted_at IS NULL), 0)`
  return knex.raw(
    `${gross("oi.quantity * COALESCE(oi.unit_price, li.unit_price)", "li.is_tax_inclusive", "li.id")} - ${discount}`,
  )
}

/**
 * `orderLines` with `ld`: each line's promotions, grossed up as `lineTotalSql` does. For a report over
 * months of lines one hash join of the (few) adjustments costs far less than a look-up per line,
 * which took half of a year's sales report at 500,000 lines (docs/benchmarks.md); the sums are the same.
 */
export function withLineDiscounts(knex: Knex, query: Knex.QueryBuilder): Knex.QueryBuilder {
  return query.leftJoin(
    knex.raw(
      `(SELECT a.item_id, sum(${gross("a.amount", "a.is_tax_inclusive", "a.item_id")}) AS gross
        FROM order_line_item_adjustment a WHERE a.deleted_at IS NULL GROUP BY a.item_id) AS ld`,
    ),
    "ld.item_id",
    "li.id",
  )
}

/** An amount with the line's VAT added unless it already includes it. */
const gross = (amount: string, inclusive: string, itemId: string) =>
  `CASE WHEN ${inclusive} THEN ${amount} ELSE ${amount} * (1 + ${taxRateSql(itemId)}) END`

type PricedLine = {
  quantity: number | string
  unit_price: number | string
  is_tax_inclusive?: boolean | null
  tax_lines?: ({ rate: number | string } | null)[] | null
  adjustments?: ({ amount: number | string; is_tax_inclusive?: boolean | null } | null)[] | null
}

/** `lineTotalSql` for a line already loaded with its tax lines and adjustments. */
export function lineTotal(line: PricedLine): number {
  const rate = (line.tax_lines ?? []).reduce((sum, t) => sum + Number(t?.rate ?? 0), 0) / 100
  const gross = (amount: number, inclusive: boolean | null | undefined) => (inclusive ? amount : amount * (1 + rate))
  const discount = (line.adjustments ?? []).reduce(
    (sum, a) => sum + (a ? gross(Number(a.amount), a.is_tax_inclusive) : 0),
    0,
  )
  return gross(Number(line.quantity) * Number(line.unit_price), line.is_tax_inclusive) - discount
}

/** The line's tax rate as a fraction (10 % → 0.1): the sum of its tax lines. */
const taxRateSql = (itemId: string) => `COALESCE((SELECT sum(t.rate) FROM order_line_item_tax_line t
  WHERE t.item_id = ${itemId} AND t.deleted_at IS NULL), 0) / 100.0`
