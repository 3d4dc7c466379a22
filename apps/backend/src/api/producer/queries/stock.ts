import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { DASHBOARD_LIST_LIMIT, PRODUCER_LOW_STOCK_UNITS } from "@ocop/domain"
import { PRODUCER_PRODUCT_LINK_TABLE } from "../../../links/producer-product"

export type ProducerStockLine = { variant_id: string; product: string; variant: string | null; available: number }

export type ProducerStock = {
  /** Variants whose stock is tracked, and the units of them available everywhere (not reserved). */
  variants: number
  units: number
  /** Variants with no more than PRODUCER_LOW_STOCK_UNITS available, the emptiest first. */
  low_count: number
  low: ProducerStockLine[]
}

/**
 * The producer's goods on hand, in one statement: each tracked variant of its products with the
 * units available (stocked less reserved) at every location together — the warehouse, the
 * showrooms' shelves, the event booths and its own — since all of them are its goods to sell.
 */
export async function producerStock(knex: Knex, producerId: string): Promise<ProducerStock> {
  const { rows } = await knex.raw(
    `SELECT v.id AS variant_id, p.title AS product, v.title AS variant,
            COALESCE(sum(il.stocked_quantity - il.reserved_quantity), 0)::int AS available
     FROM ${PRODUCER_PRODUCT_LINK_TABLE} l
     JOIN product p ON p.id = l.product_id AND p.deleted_at IS NULL
     JOIN product_variant v ON v.product_id = p.id AND v.deleted_at IS NULL AND v.manage_inventory
     LEFT JOIN product_variant_inventory_item vii ON vii.variant_id = v.id AND vii.deleted_at IS NULL
     LEFT JOIN inventory_level il ON il.inventory_item_id = vii.inventory_item_id AND il.deleted_at IS NULL
     WHERE l.producer_id = ? AND l.deleted_at IS NULL
     GROUP BY v.id, p.title, v.title
     ORDER BY available, p.title, v.title`,
    [producerId],
  )
  const lines = (rows as ProducerStockLine[]).map((r) => ({ ...r, available: Number(r.available) }))
  const low = lines.filter((l) => l.available <= PRODUCER_LOW_STOCK_UNITS)
  return {
    variants: lines.length,
    units: lines.reduce((sum, l) => sum + Math.max(l.available, 0), 0),
    low_count: low.length,
    low: low.slice(0, DASHBOARD_LIST_LIMIT),
  }
}
