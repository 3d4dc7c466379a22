import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import {
  ORDER_PAYMENT_FILTERS,
  PAYMENT_PROVIDER_IDS,
  paymentMethodOf,
  searchTokens,
  vietnamDayRange,
} from "@ocop/domain"
import { factsSql, markInsensitivePattern, ROW_COLUMNS, type FactColumn } from "./order-facts-sql"
import type { AdminOcopOrdersQuery } from "./validators"

/** One row of the console's order list. */
export type OrderListRow = {
  id: string
  display_id: number
  created_at: Date
  status: string
  email: string | null
  currency_code: string
  total: number | null
  customer_name: string | null
  phone: string | null
  shipping_method: string | null
  delivery: "ship" | "pickup"
  pickup_point: { code: string; name: string } | null
  payment_method: "cod" | "vietqr" | null
  payment_status: string
  fulfillment_status: string
  cancel_reason: string | null
}

const digitsOf = (q: string) => q.replace(/[\s.+-]/g, "")
const orderNumberOf = (q: string) => /^#\s*(\d{1,9})$/.exec(q.trim())?.[1]

/** The computed columns the filters and the sort need; the others wait for the page. */
function columnsFor(query: AdminOcopOrdersQuery): FactColumn[] {
  const columns = new Set<FactColumn>()
  if (query.payment_status) columns.add("payment_status")
  if (query.payment_method) columns.add("provider_id")
  if (query.fulfillment_status) columns.add("fulfillment_status")
  if (query.delivery) columns.add("delivery")
  if (query.pickup_point) columns.add("pickup_code")
  if (query.order.replace(/^-/, "") === "total") columns.add("total")
  if (query.q && !orderNumberOf(query.q)) columns.add(/^\d+$/.test(digitsOf(query.q)) ? "phone_digits" : "search_text")
  return [...columns]
}

/** The filters of the list query, on the facts of every order. */
function applyFilters(qb: Knex.QueryBuilder, query: AdminOcopOrdersQuery) {
  if (query.id?.length) qb.whereIn("id", query.id)
  if (query.status) qb.where("status", query.status)
  if (query.payment_status) qb.whereIn("payment_status", [...ORDER_PAYMENT_FILTERS[query.payment_status]])
  if (query.payment_method) qb.where("provider_id", PAYMENT_PROVIDER_IDS[query.payment_method])
  if (query.fulfillment_status) qb.where("fulfillment_status", query.fulfillment_status)
  if (query.delivery) qb.where("delivery", query.delivery)
  if (query.pickup_point) qb.where("pickup_code", query.pickup_point)
  if (query.created_from) qb.where("created_at", ">=", vietnamDayRange(query.created_from).start)
  if (query.created_to) qb.where("created_at", "<", vietnamDayRange(query.created_to).end)
  if (query.q) applySearch(qb, query.q)
}

/**
 * q: an order number ("#12" is only that; "12" may also be part of a phone number), a phone
 * number (any spacing), or words of the buyer's name or email, with or without Vietnamese marks.
 */
function applySearch(qb: Knex.QueryBuilder, q: string) {
  const number = orderNumberOf(q)
  if (number) {
    qb.where("display_id", Number(number))
    return
  }
  const digits = digitsOf(q)
  if (/^\d+$/.test(digits)) {
    qb.where((w) => {
      // display_id is an int4: nine digits always fit; a phone number needs a few digits at least.
      if (digits.length <= 9) w.orWhere("display_id", Number(digits))
      if (digits.length >= 4) w.orWhere("phone_digits", "like", `%${digits}%`)
    })
    return
  }
  // Every word must appear, in any order and with or without marks ("lan nguyen" finds "Nguyễn Thị Lan").
  for (const token of searchTokens(q)) qb.where("search_text", "~*", markInsensitivePattern(token))
}

type FactRow = Omit<OrderListRow, "pickup_point" | "payment_method" | "total"> & {
  total: string | null
  pickup_code: string | null
  pickup_name: string | null
  provider_id: string | null
  full_count: string | number
}

const toRow = (r: FactRow): OrderListRow => ({
  id: r.id,
  display_id: r.display_id,
  created_at: r.created_at,
  status: r.status,
  email: r.email,
  currency_code: r.currency_code,
  total: r.total === null ? null : Number(r.total),
  customer_name: r.customer_name,
  phone: r.phone,
  shipping_method: r.shipping_method,
  delivery: r.delivery,
  pickup_point: r.delivery === "pickup" ? { code: r.pickup_code ?? "", name: r.pickup_name ?? "" } : null,
  payment_method: paymentMethodOf(r.provider_id),
  payment_status: r.payment_status,
  fulfillment_status: r.fulfillment_status,
  cancel_reason: r.cancel_reason,
})

/**
 * One page of orders and how many match, in one statement: the matching orders are filtered,
 * counted (a window count) and sorted on the few facts the query needs, then the full row is
 * computed for the page only. A page past the end costs a second, counting statement.
 */
export async function listOrders(
  knex: Knex,
  query: AdminOcopOrdersQuery,
): Promise<{ rows: OrderListRow[]; count: number }> {
  const sort = query.order.replace(/^-/, "") as "created_at" | "display_id" | "total" | "id"
  const direction = query.order.startsWith("-") ? "desc" : "asc"
  const matching = () => {
    const qb = knex.from(knex.raw(`(${factsSql(columnsFor(query))}) AS facts`))
    applyFilters(qb, query)
    return qb
  }
  const page = matching()
    .select(
      "id",
      "created_at",
      "display_id",
      ...(sort === "total" ? ["total"] : []),
      knex.raw("count(*) OVER () AS full_count"),
    )
    .orderBy([
      { column: sort, order: direction, nulls: "last" },
      { column: "id", order: direction },
    ])
    .limit(query.limit)
    .offset(query.offset)
  const statement = knex
    // Materialized: the page's ids first, then the full row computed for those ids alone.
    .withMaterialized("page", page)
    .select("f.*", "page.full_count")
    .from("page")
    // LIMIT 1 (one order per id anyway) keeps the planner from flattening the subquery and
    // computing every order's row before joining the page.
    .joinRaw(`CROSS JOIN LATERAL (${factsSql(ROW_COLUMNS, " AND o.id = page.id")} LIMIT 1) f`)
    .orderBy([
      { column: `page.${sort}`, order: direction, nulls: "last" },
      { column: "page.id", order: direction },
    ])

  return knex.transaction(async (trx) => {
    // The planner's estimate for per-order subqueries over every order passes the JIT threshold,
    // and compiling costs far more than this query runs (seconds against tens of milliseconds).
    await trx.raw("SET LOCAL jit = off")
    const rows = (await statement.transacting(trx)) as FactRow[]
    let count = rows.length ? Number(rows[0]!.full_count) : 0
    if (!rows.length && query.offset > 0) {
      const counted = (await matching().count("* as n").transacting(trx)) as { n: string }[]
      count = Number(counted[0]?.n ?? 0)
    }
    return { rows: rows.map(toRow), count }
  })
}
