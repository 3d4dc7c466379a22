import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import {
  LIVE_ORDER_STATUSES,
  VIETNAM_UTC_OFFSET_MS,
  type SalesReport,
  type SalesReportFigures,
  type SalesReportFilters,
  type SalesReportGroup,
} from "@ocop/domain"
import { PRODUCER_PRODUCT_LINK_TABLE } from "../links/producer-product"
import { vietnamDaySql } from "./bulk-sql"
import { saleDayOrderCounts, type SaleDayOrderCounts } from "./sale-day-counts"
import { SALE_DAY_TABLE } from "./sale-days"
import { SALE_PRODUCT_TABLE } from "./sale-dimensions"
import { SALE_LINE_TABLE, syncSaleLines } from "./sale-lines"

/** Instants [start, end) of the Vietnam days a report covers. */
export type ReportRange = { start: Date; end: Date }

/** What every fact holds beside its order and day, sale line, sale day or return alike. */
const FIGURES = ["currency_code", "sales_channel_id", "product_id", "units", "amount"]

/**
 * The sale lines placed in the range, in live orders (decision 029): the same lines and amounts as
 * a producer's figures (`producer-lines.ts`), each amount rounded to whole đồng or whole US cents
 * so that every grouping sums the same integers. Read from the sale lines table (`sale-lines.ts`):
 * call `syncSaleLines` first, as `salesReport` does.
 */
export function saleFacts(knex: Knex, range: ReportRange): Knex.QueryBuilder {
  return knex({ s: SALE_LINE_TABLE })
    .where("s.at", ">=", range.start)
    .where("s.at", "<", range.end)
    .select(...["order_id", "at", "day", ...FIGURES].map((c) => `s.${c}`))
}

const isVietnamMidnight = (instant: Date) => (instant.getTime() + VIETNAM_UTC_OFFSET_MS) % 86_400_000 === 0

/**
 * The sale days of a range of whole Vietnam days (decision 029, "Sale days"), in the shape of the
 * sale lines' facts plus `orders`: the chosen order count, each order counted once among the lines
 * the report keeps.
 */
function saleDayFacts(knex: Knex, range: ReportRange, counts: SaleDayOrderCounts): Knex.QueryBuilder {
  const sales = knex({ s: SALE_DAY_TABLE })
    .where("s.day", ">=", knex.raw(`${vietnamDaySql("?::timestamptz")}`, [range.start]))
    .where("s.day", "<", knex.raw(`${vietnamDaySql("?::timestamptz")}`, [range.end]))
    .select(
      knex.raw("NULL::text AS order_id"),
      ...["day", ...FIGURES].map((c) => `s.${c}`),
      `s.${counts.rows} AS orders`,
      `s.${counts.totals} AS orders_in_totals`,
    )
  const refunds = knex
    .queryBuilder()
    .from(refundFacts(knex, range).as("r"))
    .select(
      ...["order_id", "day", ...FIGURES].map((c) => `r.${c}`),
      knex.raw("0 AS orders"),
      knex.raw("0 AS orders_in_totals"),
    )
  return sales.unionAll(refunds, true)
}

/**
 * Goods brought back to a counter in the range, negative on the day they came back, at the refund
 * each line was given (counter sales are in đồng); a return of an order no longer live counts
 * nowhere, as its sale does not.
 */
export function refundFacts(knex: Knex, range: ReportRange): Knex.QueryBuilder {
  return knex({ cr: "counter_return" })
    .join({ cs: "counter_sale" }, "cs.id", "cr.counter_sale_id")
    .join({ o: "order" }, "o.id", "cs.order_id")
    .joinRaw("CROSS JOIN jsonb_array_elements(cr.lines::jsonb) AS rl(line)")
    .leftJoin({ pv: "product_variant" }, "pv.id", knex.raw("rl.line->>'variant_id'"))
    .whereNull("cr.deleted_at")
    .whereNull("o.deleted_at")
    .whereIn("o.status", [...LIVE_ORDER_STATUSES])
    .where("cr.created_at", ">=", range.start)
    .where("cr.created_at", "<", range.end)
    .select(
      knex.raw("NULL::text AS order_id"),
      "cr.created_at AS at",
      knex.raw(`${vietnamDaySql("cr.created_at")} AS day`),
      knex.raw("'vnd'::text AS currency_code"),
      "o.sales_channel_id",
      "pv.product_id",
      knex.raw("-(rl.line->>'quantity')::numeric AS units"),
      knex.raw("-round((rl.line->>'refund')::numeric) AS amount"),
    )
}

type Grouping = { key: string; label: string }

/** A code constant, never input: the format of a Vietnam day's group. */
const byTime = (format: string): Grouping => ({
  key: `to_char(f.day, '${format}')`,
  label: `to_char(f.day, '${format}')`,
})

type Dimension = "p" | "l" | "pr" | "ce" | "pp" | "k" | "kpr" | "sc" | "pos" | "te"

/**
 * Every dimension a line is grouped or filtered by, each a table with at most one row per line
 * (a product has one producer, one catalogue entry, one profile; a channel one place or event), so
 * joining them never counts a line twice — and leaving out those a request does not name changes
 * nothing but its time (each costs a hash probe per line: a second over a year at national scale).
 */
const DIMENSIONS: Record<Dimension, { needs?: Dimension; join: (q: Knex.QueryBuilder) => Knex.QueryBuilder }> = {
  p: { join: (q) => q.leftJoin({ p: "product" }, "p.id", "f.product_id") },
  l: {
    join: (q) =>
      q.leftJoin({ l: PRODUCER_PRODUCT_LINK_TABLE }, (on) =>
        on.on("l.product_id", "f.product_id").andOnNull("l.deleted_at"),
      ),
  },
  pr: { needs: "l", join: (q) => q.leftJoin({ pr: "producer" }, "pr.id", "l.producer_id") },
  ce: {
    join: (q) =>
      q.leftJoin({ ce: "catalogue_entry" }, (on) => on.on("ce.product_id", "f.product_id").andOnNull("ce.deleted_at")),
  },
  pp: {
    join: (q) =>
      q.leftJoin({ pp: "product_profile" }, (on) => on.on("pp.product_id", "f.product_id").andOnNull("pp.deleted_at")),
  },
  // The dimensions the sale days' flags were computed with (decision 029, "Sale days"), and its producer.
  k: { join: (q) => q.leftJoin({ k: SALE_PRODUCT_TABLE }, "k.product_id", "f.product_id") },
  kpr: { needs: "k", join: (q) => q.leftJoin({ kpr: "producer" }, "kpr.id", "k.producer_id") },
  sc: { join: (q) => q.leftJoin({ sc: "sales_channel" }, "sc.id", "f.sales_channel_id") },
  pos: {
    join: (q) =>
      q.leftJoin({ pos: "point_of_sale" }, (on) =>
        on.on("pos.sales_channel_id", "f.sales_channel_id").andOnNull("pos.deleted_at"),
      ),
  },
  te: {
    join: (q) =>
      q.leftJoin({ te: "trade_event" }, (on) =>
        on.on("te.sales_channel_id", "f.sales_channel_id").andOnNull("te.deleted_at"),
      ),
  },
}

/** Joins the dimensions that the given column expressions read (`pr.name` needs `pr`, which needs `l`). */
function withDimensions(query: Knex.QueryBuilder, columns: string[]): Knex.QueryBuilder {
  const wanted = new Set<Dimension>()
  const want = (d: Dimension) => {
    const { needs } = DIMENSIONS[d]
    if (needs) want(needs)
    wanted.add(d)
  }
  for (const d of Object.keys(DIMENSIONS) as Dimension[]) {
    if (columns.some((c) => new RegExp(`\\b${d}\\.`).test(c))) want(d)
  }
  // In the declared order, so that `l` is joined before `pr` reads it.
  return (Object.keys(DIMENSIONS) as Dimension[])
    .filter((d) => wanted.has(d))
    .reduce((q, d) => DIMENSIONS[d].join(q), query)
}

/** How each grouping names its rows: a key and a label over the dimensions. */
const GROUPINGS: Record<SalesReportGroup, Grouping> = {
  day: byTime("YYYY-MM-DD"),
  week: byTime('IYYY-"W"IW'),
  month: byTime("YYYY-MM"),
  product: { key: "f.product_id", label: "p.title" },
  producer: { key: "l.producer_id", label: "pr.name" },
  district: { key: "pr.district::text", label: "pr.district::text" },
  star_level: { key: "ce.star_level::text", label: "ce.star_level::text" },
  product_group: { key: "pp.product_group::text", label: "pp.product_group::text" },
  sales_channel: { key: "f.sales_channel_id", label: "sc.name" },
  point_of_sale: { key: "pos.id", label: "pos.name" },
  event: { key: "te.id", label: "te.name" },
}

/**
 * On the sale days, a product's dimensions come from the copy their flags were computed with, so a
 * star level or district changed since the last catch-up cannot split an order's count from its
 * group (the next catch-up moves both); labels stay today's names.
 */
const SALE_DAY_GROUPINGS: Partial<Record<SalesReportGroup, Grouping>> = {
  producer: { key: "k.producer_id", label: "kpr.name" },
  district: { key: "k.district", label: "k.district" },
  star_level: { key: "k.star_level", label: "k.star_level" },
  product_group: { key: "k.product_group", label: "k.product_group" },
}

/** The column each filter compares, its value always a binding. */
const FILTER_COLUMNS: Record<keyof SalesReportFilters, string> = {
  product_id: "f.product_id",
  producer_id: "l.producer_id",
  district: "pr.district",
  star_level: "ce.star_level",
  product_group: "pp.product_group",
  sales_channel_id: "f.sales_channel_id",
  point_of_sale_id: "pos.id",
  event_id: "te.id",
}

/** On the sale days, as `SALE_DAY_GROUPINGS`. */
const SALE_DAY_FILTER_COLUMNS: Partial<Record<keyof SalesReportFilters, string>> = {
  producer_id: "k.producer_id",
  district: "k.district",
  star_level: "k.star_level",
  product_group: "k.product_group",
}

type FigureRow = {
  key: string | null
  label: string | null
  is_total: number
  orders: string | number
  units: string | number | null
  revenue: string | number | null
  revenue_usd: string | number | null
}

const figuresOf = (row: FigureRow): SalesReportFigures => ({
  revenue: Number(row.revenue ?? 0),
  revenue_usd: Number(row.revenue_usd ?? 0),
  orders: Number(row.orders),
  units: Number(row.units ?? 0),
})

/** What a row holds when its key is missing: sales with no producer, online sales by point of sale… */
export const NO_KEY = "none"

/**
 * The sales report over Vietnam days, grouped one way, in one aggregate statement: a row per group
 * and, as a grouping set of its own, the totals, so an order in two groups counts once in them.
 * Filters keep the lines of one producer, place… Labels are raw (codes for districts, groups and
 * stars); the route names them. Reads the sale days, their flags counting the orders, whenever one
 * flag counts the orders of the rows and one those of the totals (`sale-day-counts.ts`), else the
 * sale lines with a distinct count: the answers are the same, the sale days a fraction of the rows.
 */
export async function salesReport(
  knex: Knex,
  range: ReportRange,
  groupBy: SalesReportGroup,
  filters: SalesReportFilters = {},
): Promise<SalesReport> {
  await syncSaleLines(knex)
  return salesReportOfSynced(knex, range, groupBy, filters)
}

/** `salesReport` without the catch-up: for a caller that asks several at once after one `syncSaleLines`. */
export async function salesReportOfSynced(
  knex: Knex,
  range: ReportRange,
  groupBy: SalesReportGroup,
  filters: SalesReportFilters = {},
): Promise<SalesReport> {
  const filtering = Object.entries(filters).filter(([, value]) => value !== undefined) as [
    keyof SalesReportFilters,
    string,
  ][]
  // Whole Vietnam days whose orders a flag counts read the sale days; anything else, the lines.
  const counts = isVietnamMidnight(range.start) && isVietnamMidnight(range.end) && saleDayOrderCounts(groupBy, filters)
  const facts = counts
    ? saleDayFacts(knex, range, counts)
    : saleFacts(knex, range).unionAll(refundFacts(knex, range), true)
  const grouping = (counts && SALE_DAY_GROUPINGS[groupBy]) || GROUPINGS[groupBy]
  const filterColumn = (name: keyof SalesReportFilters) =>
    (counts && SALE_DAY_FILTER_COLUMNS[name]) || FILTER_COLUMNS[name]
  const query = withDimensions(knex.with("fact", facts).from({ f: "fact" }), [
    grouping.key,
    grouping.label,
    ...filtering.map(([name]) => filterColumn(name)),
  ])
  for (const [name, value] of filtering) query.where(filterColumn(name), value)
  const orderCount = counts
    ? `CASE WHEN GROUPING(${grouping.key}) = 1 THEN sum(f.orders_in_totals) ELSE sum(f.orders) END`
    : "count(DISTINCT f.order_id)"
  const rows = (await query
    .select(
      knex.raw(`${grouping.key} AS key`),
      knex.raw(`max(${grouping.label}) AS label`),
      knex.raw(`GROUPING(${grouping.key}) AS is_total`),
      knex.raw(`${orderCount} AS orders`),
      knex.raw("sum(f.units) AS units"),
      knex.raw("sum(f.amount) FILTER (WHERE f.currency_code = 'vnd') AS revenue"),
      knex.raw("sum(f.amount) FILTER (WHERE f.currency_code = 'usd') AS revenue_usd"),
    )
    .groupByRaw(`GROUPING SETS ((${grouping.key}), ())`)) as FigureRow[]
  const total = rows.find((r) => Number(r.is_total) === 1)
  return {
    rows: rows
      .filter((r) => Number(r.is_total) === 0)
      .map((r) => ({ key: r.key ?? NO_KEY, label: r.label ?? "", ...figuresOf(r) })),
    totals: total ? figuresOf(total) : { revenue: 0, revenue_usd: 0, orders: 0, units: 0 },
  }
}
