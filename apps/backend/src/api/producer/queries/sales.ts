import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { ProducerSales } from "@ocop/domain"
import { salesByProduct, salesInWindows } from "../../../queries/producer-sales"
import type { SalesPeriod } from "./period"

/**
 * The producer's sales in [start, end), as the office's producer page counts them
 * (`src/queries/producer-sales.ts`): totals, and the figures of each product.
 */
export async function producerSales(knex: Knex, producerId: string, period: SalesPeriod): Promise<ProducerSales> {
  const window = { key: "period", start: period.start, end: period.end }
  const [totals, byProduct] = await Promise.all([
    salesInWindows(knex, producerId, [window]),
    salesByProduct(knex, producerId, window),
  ])
  return { from: period.from, to: period.to, ...totals.get("period")!, by_product: byProduct }
}
