import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { insertSelect } from "./bulk-sql"

/**
 * The sale lines summed per Vietnam day, sales channel, currency and product (decision 029, "Sale
 * days"): a year of a national shop is a few hundred thousand rows instead of millions of lines. Each
 * `orders…` column adds up a first-line flag, so that summing it over any rows counts each order once
 * per order (`orders`), per order and product (`orders_product`), producer, district, star level or
 * product group. Written only here, from `ocop_sale_line`.
 */
export const SALE_DAY_TABLE = "ocop_sale_day"

/** The order-count columns, each the sum of the sale line flag beside it. */
export const SALE_DAY_ORDER_COUNTS = {
  orders: "first_in_order",
  orders_product: "first_of_product",
  orders_producer: "first_of_producer",
  orders_district: "first_of_district",
  orders_star: "first_of_star",
  orders_group: "first_of_group",
} as const

export type SaleDayOrderCount = keyof typeof SALE_DAY_ORDER_COUNTS

/** The table's columns, in the order `summed` selects them. */
const COLUMNS = [
  "day",
  "sales_channel_id",
  "currency_code",
  "product_id",
  "units",
  "amount",
  ...Object.keys(SALE_DAY_ORDER_COUNTS),
]

function summed(knex: Knex, lines: Knex.QueryBuilder): Knex.QueryBuilder {
  return lines
    .groupBy("s.day", "s.sales_channel_id", "s.currency_code", "s.product_id")
    .select(
      "s.day",
      "s.sales_channel_id",
      "s.currency_code",
      "s.product_id",
      knex.raw("sum(s.units) AS units"),
      knex.raw("sum(s.amount) AS amount"),
      ...Object.entries(SALE_DAY_ORDER_COUNTS).map(([column, flag]) =>
        knex.raw(`count(*) FILTER (WHERE s.${flag}) AS ${column}`),
      ),
    )
}

/** Sums the given Vietnam days again from their sale lines (after their lines were copied again). */
export async function resumSaleDays(trx: Knex.Transaction, days: string[]): Promise<void> {
  if (!days.length) return
  const onDays = (column: string) => trx.raw("?? = ANY(?::date[])", [column, days])
  await trx(SALE_DAY_TABLE).where(onDays("day")).delete()
  const knex = trx as unknown as Knex
  await insertSelect(trx, SALE_DAY_TABLE, COLUMNS, summed(knex, knex({ s: "ocop_sale_line" }).where(onDays("s.day"))))
}

/** Sums every day again (after every sale line was copied again). */
export async function resumAllSaleDays(trx: Knex.Transaction): Promise<void> {
  await trx.raw(`TRUNCATE ${SALE_DAY_TABLE}`)
  const knex = trx as unknown as Knex
  await insertSelect(trx, SALE_DAY_TABLE, COLUMNS, summed(knex, knex({ s: "ocop_sale_line" })))
}
