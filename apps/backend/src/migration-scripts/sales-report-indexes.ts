import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * Decision 029, once per database: indexes on Medusa's order tables for the sales report, which reads
 * a range of orders by `created_at` (Medusa indexes neither that column nor the few the report reads).
 * - `order (created_at)`: the range, carrying what the report filters and groups by (status,
 *   currency, channel, version), so a month is read from the index alone.
 * - `order_item (order_id, version)` and `order_line_item (id)` carrying quantity, price, product and
 *   tax mode: the report joins a range's lines through these instead of reading rows that are mostly
 *   Medusa's raw JSON amounts (about 480 and 370 bytes a line against 80).
 * Medusa's own migrations never touch them (names of our own, `IF NOT EXISTS`).
 */
export default async function salesReportIndexes({ container }: { container: MedusaContainer }) {
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  await db.raw(
    `CREATE INDEX IF NOT EXISTS "IDX_ocop_order_created_at" ON "order" (created_at)
       INCLUDE (id, version, status, currency_code, sales_channel_id, is_draft_order) WHERE deleted_at IS NULL`,
  )
  await db.raw(
    `CREATE INDEX IF NOT EXISTS "IDX_ocop_order_item_figures" ON order_item (order_id, version)
       INCLUDE (item_id, quantity, unit_price) WHERE deleted_at IS NULL`,
  )
  await db.raw(
    `CREATE INDEX IF NOT EXISTS "IDX_ocop_order_line_item_figures" ON order_line_item (id)
       INCLUDE (product_id, unit_price, is_tax_inclusive) WHERE deleted_at IS NULL`,
  )
  logger.info("Sales report indexes on order, order_item and order_line_item are in place")
}
