import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { ProducerSalesSummary } from "@ocop/domain"
import { salesInWindows } from "../../../../../queries/producer-sales"
import type { SalesPeriods } from "./sales-periods"

/**
 * A producer's sales this month, this year, all time and per month for the last twelve months, as
 * the producer's own console counts them (`src/queries/producer-sales.ts`), in one statement.
 */
export async function producerSales(
  knex: Knex,
  producerId: string,
  periods: SalesPeriods,
): Promise<Omit<ProducerSalesSummary, "producer_id">> {
  const figures = await salesInWindows(knex, producerId, periods.windows)
  return {
    this_month: figures.get("this_month")!,
    this_year: figures.get("this_year")!,
    all_time: figures.get("all_time")!,
    by_month: periods.months.map((month) => ({ month, ...figures.get(month)! })),
  }
}
