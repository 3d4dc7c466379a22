import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { rebuildSaleLines } from "../queries/sale-lines"

/**
 * Decision 029, once per database: fills the sales report's sale lines from the orders already there,
 * and indexes `order (updated_at)`, which each catch-up (`syncSaleLines`) reads the orders written
 * since the last one by (Medusa does not index it). The index lives here, not in the payout module's
 * migration, because module migrations may run before the order module's table exists.
 */
export default async function saleLines({ container }: { container: MedusaContainer }) {
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  await db.raw(`CREATE INDEX IF NOT EXISTS "IDX_ocop_order_updated_at" ON "order" (updated_at)`)
  const started = Date.now()
  await rebuildSaleLines(db)
  logger.info(`Sale lines rebuilt from the orders in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}
