import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ORDER_STATUSES } from "@ocop/domain"
import { OPEN_ORDER_STATUSES, producerLines } from "../../../queries/producer-lines"

/** `status` of GET /producer/orders: an order status, or `to_prepare` (open with lines to fulfil). */
export const PRODUCER_ORDER_FILTERS = ["to_prepare", ...ORDER_STATUSES] as const
export type ProducerOrderFilter = (typeof PRODUCER_ORDER_FILTERS)[number]

/** The producer's orders, one row each with the ids of its lines in it. */
function ordersWithLines(knex: Knex, producerId: string, filter: { status?: ProducerOrderFilter; orderId?: string }) {
  const qb = producerLines(knex, producerId)
    .select("o.id", "o.created_at", knex.raw("array_agg(li.id) AS line_ids"))
    .groupBy("o.id", "o.created_at")
  if (filter.orderId) qb.where("o.id", filter.orderId)
  if (filter.status === "to_prepare") {
    qb.whereIn("o.status", [...OPEN_ORDER_STATUSES]).havingRaw("bool_or(oi.fulfilled_quantity < oi.quantity)")
  } else if (filter.status) {
    qb.where("o.status", filter.status)
  }
  return qb
}

export type ProducerOrderRef = { id: string; line_ids: string[] }

/** One page of the producer's orders, newest first, and how many there are. */
export async function producerOrderPage(
  knex: Knex,
  producerId: string,
  page: { status?: ProducerOrderFilter; limit: number; offset: number },
): Promise<{ refs: ProducerOrderRef[]; count: number }> {
  const [rows, counted] = await Promise.all([
    ordersWithLines(knex, producerId, page)
      .orderBy([{ column: "o.created_at", order: "desc" }, { column: "o.id" }])
      .limit(page.limit)
      .offset(page.offset),
    knex.count("* AS n").from(ordersWithLines(knex, producerId, page).as("orders")),
  ])
  return { refs: rows as ProducerOrderRef[], count: Number((counted[0] as { n: string | number }).n) }
}

/** One order of the producer with its line ids; null when the order holds none of its products. */
export async function producerOrderRef(
  knex: Knex,
  producerId: string,
  orderId: string,
): Promise<ProducerOrderRef | null> {
  const [row] = await ordersWithLines(knex, producerId, { orderId })
  return (row as ProducerOrderRef | undefined) ?? null
}

/** How many open orders wait for the producer's goods (the dashboard's first figure). */
export async function countOrdersToPrepare(knex: Knex, producerId: string): Promise<number> {
  const [row] = await knex
    .count("* AS n")
    .from(ordersWithLines(knex, producerId, { status: "to_prepare" }).as("orders"))
  return Number((row as { n: string | number }).n)
}
