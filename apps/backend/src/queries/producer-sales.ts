import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { usdCentsFromAmount, type SalesFigures } from "@ocop/domain"
import { LIVE_ORDER_STATUSES, lineTotalSql, producerLines } from "./producer-lines"

export type { SalesFigures }

/** A named period [start, end) of instants; a null side is open. */
export type SalesWindow = { key: string; start: Date | null; end: Date | null }

export const NO_SALES: SalesFigures = Object.freeze({ orders: 0, units: 0, revenue_vnd: 0, revenue_usd: 0 })

/** A sum in the order's currency as whole đồng or whole cents; other currencies are not sold. */
export function revenueOf(currency: string | null, amount: string | number | null): { vnd: number; usd: number } {
  const value = Number(amount ?? 0)
  if (currency === "vnd") return { vnd: Math.round(value), usd: 0 }
  if (currency === "usd") return { vnd: 0, usd: usdCentsFromAmount(value) }
  return { vnd: 0, usd: 0 }
}

/**
 * The producer's sale lines: its lines in live orders, each with the order, its currency and
 * creation instant, the quantity and the amount after discounts. Every sales figure starts here.
 */
export function saleLines(knex: Knex, producerId: string): Knex.QueryBuilder {
  return producerLines(knex, producerId)
    .whereIn("o.status", [...LIVE_ORDER_STATUSES])
    .select(
      "o.id AS order_id",
      "o.currency_code",
      "o.created_at",
      "li.product_id",
      "li.product_title",
      "oi.quantity",
      knex.raw(`${lineTotalSql(knex).toQuery()} AS amount`),
    )
}

type TotalsRow = {
  window_key: string
  currency_code: string | null
  orders: string | number
  units: string | number
  revenue: string | number | null
}

/**
 * The producer's figures in each window, in one statement: a row per window and currency for the
 * money, and a row per window (currency null) whose distinct order count counts an order once.
 */
export async function salesInWindows(
  knex: Knex,
  producerId: string,
  windows: SalesWindow[],
): Promise<Map<string, SalesFigures>> {
  const result = new Map(windows.map((w) => [w.key, { ...NO_SALES }]))
  if (windows.length === 0) return result
  const values = windows.map(() => "(?, ?::timestamptz, ?::timestamptz)").join(", ")
  const bindings = windows.flatMap((w) => [w.key, w.start, w.end])
  const rows = (await knex
    .with("line", saleLines(knex, producerId))
    .from("line")
    .joinRaw(
      `JOIN (VALUES ${values}) AS w(key, starts, ends) ON (w.starts IS NULL OR line.created_at >= w.starts) AND (w.ends IS NULL OR line.created_at < w.ends)`,
      bindings,
    )
    .select(
      "w.key AS window_key",
      "line.currency_code",
      knex.raw("count(DISTINCT line.order_id) AS orders"),
      knex.raw("sum(line.quantity) AS units"),
      knex.raw("sum(line.amount) AS revenue"),
    )
    .groupByRaw("GROUPING SETS ((w.key, line.currency_code), (w.key))")) as TotalsRow[]
  for (const row of rows) {
    const figures = result.get(row.window_key)!
    if (row.currency_code === null) {
      figures.orders = Number(row.orders)
      figures.units = Number(row.units)
    } else {
      const money = revenueOf(row.currency_code, row.revenue)
      figures.revenue_vnd += money.vnd
      figures.revenue_usd += money.usd
    }
  }
  return result
}

type ProductRow = {
  product_id: string
  title: string | null
  currency_code: string
  units: string | number
  revenue: string | number | null
}

export type ProductSales = {
  product_id: string
  title: string
  units: number
  revenue_vnd: number
  revenue_usd: number
}

/** The producer's figures per product in one window, the best sellers (by đồng, then units) first. */
export async function salesByProduct(knex: Knex, producerId: string, window: SalesWindow): Promise<ProductSales[]> {
  let lines = saleLines(knex, producerId)
  if (window.start) lines = lines.where("o.created_at", ">=", window.start)
  if (window.end) lines = lines.where("o.created_at", "<", window.end)
  const rows = (await knex
    .with("line", lines)
    .from("line")
    .select(
      "line.product_id",
      "line.currency_code",
      knex.raw("max(line.product_title) AS title"),
      knex.raw("sum(line.quantity) AS units"),
      knex.raw("sum(line.amount) AS revenue"),
    )
    .groupBy("line.product_id", "line.currency_code")) as ProductRow[]
  const byProduct = new Map<string, ProductSales>()
  for (const row of rows) {
    const entry = byProduct.get(row.product_id) ?? {
      product_id: row.product_id,
      title: row.title ?? "",
      units: 0,
      revenue_vnd: 0,
      revenue_usd: 0,
    }
    const money = revenueOf(row.currency_code, row.revenue)
    entry.units += Number(row.units)
    entry.revenue_vnd += money.vnd
    entry.revenue_usd += money.usd
    byProduct.set(row.product_id, entry)
  }
  return [...byProduct.values()].sort((a, b) => b.revenue_vnd - a.revenue_vnd || b.units - a.units)
}
