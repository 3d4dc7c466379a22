import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { ProducerSales } from "@ocop/domain"
import { LIVE_ORDER_STATUSES, lineTotalSql, producerLines } from "./producer-lines"

type SalesRow = {
  product_id: string | null
  currency_code: string | null
  title: string | null
  orders: string | number
  units: string | number
  revenue: string | number | null
}

/** Whole đồng; US cents from Medusa's dollar amounts. */
function minorUnits(currency: string | null, amount: string | number | null): { vnd: number; usd: number } {
  const value = Number(amount ?? 0)
  if (currency === "vnd") return { vnd: Math.round(value), usd: 0 }
  if (currency === "usd") return { vnd: 0, usd: Math.round(value * 100) }
  return { vnd: 0, usd: 0 }
}

/**
 * The producer's sales in [start, end): orders placed and not canceled, its own lines only. One
 * statement: GROUPING SETS gives a row per product and currency plus a grand-total row (both
 * columns null) whose distinct order count does not count an order with two products twice.
 */
export async function producerSales(
  knex: Knex,
  producerId: string,
  period: { from: string; to: string; start: Date; end: Date },
): Promise<ProducerSales> {
  const rows = (await producerLines(knex, producerId)
    .whereIn("o.status", [...LIVE_ORDER_STATUSES])
    .where("o.created_at", ">=", period.start)
    .where("o.created_at", "<", period.end)
    .select(
      "li.product_id",
      "o.currency_code",
      knex.raw("max(li.product_title) AS title"),
      knex.raw("count(DISTINCT o.id) AS orders"),
      knex.raw("sum(oi.quantity) AS units"),
      knex.raw(`sum(${lineTotalSql(knex).toQuery()}) AS revenue`),
    )
    .groupByRaw("GROUPING SETS ((li.product_id, o.currency_code), ())")) as SalesRow[]

  const total = rows.find((r) => r.product_id === null && r.currency_code === null)
  const byProduct = new Map<string, ProducerSales["by_product"][number]>()
  let revenueVnd = 0
  let revenueUsd = 0
  for (const row of rows) {
    if (row.product_id === null) continue
    const money = minorUnits(row.currency_code, row.revenue)
    revenueVnd += money.vnd
    revenueUsd += money.usd
    const entry = byProduct.get(row.product_id) ?? {
      product_id: row.product_id,
      title: row.title ?? "",
      units: 0,
      revenue_vnd: 0,
      revenue_usd: 0,
    }
    entry.units += Number(row.units)
    entry.revenue_vnd += money.vnd
    entry.revenue_usd += money.usd
    byProduct.set(row.product_id, entry)
  }
  return {
    from: period.from,
    to: period.to,
    orders: Number(total?.orders ?? 0),
    units: Number(total?.units ?? 0),
    revenue_vnd: revenueVnd,
    revenue_usd: revenueUsd,
    by_product: [...byProduct.values()].sort((a, b) => b.revenue_vnd - a.revenue_vnd || b.units - a.units),
  }
}
