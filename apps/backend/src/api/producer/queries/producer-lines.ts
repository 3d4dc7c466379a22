import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { PRODUCER_PRODUCT_LINK_TABLE } from "../../../links/producer-product"

/** Orders that count as sales and as work: placed, not canceled, not a draft. */
export const LIVE_ORDER_STATUSES = ["pending", "completed", "requires_action", "archived"] as const

/** Orders the producer still has to prepare: open, with one of its lines not fully fulfilled. */
export const OPEN_ORDER_STATUSES = ["pending", "requires_action"] as const

/**
 * The current lines (at the order's version) of real orders that hold one of the producer's
 * products, as `o` (order), `oi` (order_item: quantities) and `li` (order_line_item: what was
 * bought). Every producer query starts here, so no query can forget the producer.
 */
export function producerLines(knex: Knex, producerId: string): Knex.QueryBuilder {
  return knex({ o: "order" })
    .join({ oi: "order_item" }, (on) =>
      on.on("oi.order_id", "o.id").andOn("oi.version", "o.version").andOnNull("oi.deleted_at"),
    )
    .join({ li: "order_line_item" }, (on) => on.on("li.id", "oi.item_id").andOnNull("li.deleted_at"))
    .join({ l: PRODUCER_PRODUCT_LINK_TABLE }, (on) => on.on("l.product_id", "li.product_id").andOnNull("l.deleted_at"))
    .where("l.producer_id", producerId)
    .whereNull("o.deleted_at")
    .where("o.is_draft_order", false)
}

/** Line total after promotions, in the order's currency (prices include tax). */
export function lineTotalSql(knex: Knex): Knex.Raw {
  return knex.raw(
    `oi.quantity * li.unit_price - COALESCE((SELECT sum(a.amount) FROM order_line_item_adjustment a
      WHERE a.item_id = li.id AND a.deleted_at IS NULL), 0)`,
  )
}
