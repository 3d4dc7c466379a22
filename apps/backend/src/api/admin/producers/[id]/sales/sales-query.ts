import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { PRODUCER_PRODUCT_LINK_TABLE } from "../../../../../links/producer-product"
import type { SalesPeriods } from "./sales-periods"

/**
 * Every line of a non-cancelled order for one of the producer's products, at the order's current
 * version (an order edit adds rows for a new version; only the latest counts), then each line
 * counted in every period it belongs to. One statement, one pass over the producer's lines:
 * line items are indexed by product, order items by line item.
 */
const SALES_SQL = `
WITH line AS (
  SELECT o.id AS order_id,
         o.currency_code,
         (o.created_at AT TIME ZONE 'UTC') + interval '7 hours' AS local_at,
         oi.quantity,
         COALESCE(oi.unit_price, li.unit_price) * oi.quantity AS amount
  FROM ${PRODUCER_PRODUCT_LINK_TABLE} link
  JOIN order_line_item li ON li.product_id = link.product_id AND li.deleted_at IS NULL
  JOIN order_item oi ON oi.item_id = li.id AND oi.deleted_at IS NULL
  JOIN "order" o ON o.id = oi.order_id AND o.version = oi.version AND o.deleted_at IS NULL
  WHERE link.producer_id = ? AND link.deleted_at IS NULL
    AND o.status <> 'canceled' AND o.is_draft_order = false
)
SELECT period.key AS period,
       count(DISTINCT line.order_id)::int AS orders,
       COALESCE(sum(line.quantity), 0) AS units,
       COALESCE(sum(line.amount) FILTER (WHERE line.currency_code = 'vnd'), 0) AS revenue_vnd,
       COALESCE(sum(line.amount) FILTER (WHERE line.currency_code = 'usd'), 0) AS revenue_usd
FROM line
CROSS JOIN LATERAL (VALUES
  ('all_time'),
  (CASE WHEN line.local_at >= ?::timestamp THEN 'this_year' END),
  (CASE WHEN line.local_at >= ?::timestamp THEN 'this_month' END),
  (CASE WHEN line.local_at >= ?::timestamp THEN to_char(line.local_at, 'YYYY-MM') END)
) AS period(key)
WHERE period.key IS NOT NULL
GROUP BY period.key
`

/** Orders, units and revenue of one period. USD revenue is in dollars (Medusa stores major units). */
export type SalesFigures = { orders: number; units: number; revenue_vnd: number; revenue_usd: number }

export type ProducerSales = {
  this_month: SalesFigures
  this_year: SalesFigures
  all_time: SalesFigures
  /** The last twelve months in Vietnam time, oldest first; months without sales are zeros. */
  by_month: (SalesFigures & { month: string })[]
}

type SalesRow = {
  period: string
  orders: number
  units: string | number
  revenue_vnd: string | number
  revenue_usd: string | number
}

const NONE: SalesFigures = { orders: 0, units: 0, revenue_vnd: 0, revenue_usd: 0 }

function figures(row: SalesRow | undefined): SalesFigures {
  if (!row) return { ...NONE }
  return {
    orders: Number(row.orders),
    units: Number(row.units),
    // Whole đồng and whole cents: numeric sums can carry a fraction from a discounted unit price.
    revenue_vnd: Math.round(Number(row.revenue_vnd)),
    revenue_usd: Math.round(Number(row.revenue_usd) * 100) / 100,
  }
}

/** A producer's sales totals this month, this year, all time and per month for the last twelve months. */
export async function producerSales(knex: Knex, producerId: string, periods: SalesPeriods): Promise<ProducerSales> {
  const result = await knex.raw<{ rows: SalesRow[] }>(SALES_SQL, [
    producerId,
    periods.yearStart,
    periods.monthStart,
    periods.chartStart,
  ])
  const byPeriod = new Map(result.rows.map((row) => [row.period, row]))
  return {
    this_month: figures(byPeriod.get("this_month")),
    this_year: figures(byPeriod.get("this_year")),
    all_time: figures(byPeriod.get("all_time")),
    by_month: periods.months.map((month) => ({ month, ...figures(byPeriod.get(month)) })),
  }
}
