import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { StorePlaceProduct } from "@ocop/domain"
import { variantOrderSql } from "../../../workflows/product/variant-order"

/** A listed product on a place's shelf: what the showroom page shows (the store API's contract). */
export type InStockProduct = StorePlaceProduct

/**
 * Listed products (certified, published, active producer: decision 005) with units available at
 * the given stock locations, in one statement; `productHandle` narrows to one product.
 */
export async function inStockAt(
  knex: Knex,
  locationIds: readonly string[],
  productHandle?: string,
): Promise<(InStockProduct & { location_id: string })[]> {
  const params: (string | string[])[] = [[...locationIds]]
  let sql = `
SELECT il.location_id, ce.handle, ce.title, ce.title_en, ce.thumbnail, ce.star_level, ce.product_group,
       ce.min_price, sum(il.stocked_quantity - il.reserved_quantity)::int AS units,
       json_agg(json_build_object('title', v.title, 'available', (il.stocked_quantity - il.reserved_quantity)::int)
                ORDER BY ${variantOrderSql("v")}) AS variants
FROM inventory_level il
JOIN product_variant_inventory_item vii ON vii.inventory_item_id = il.inventory_item_id AND vii.deleted_at IS NULL
JOIN product_variant v ON v.id = vii.variant_id AND v.deleted_at IS NULL
JOIN catalogue_entry ce ON ce.product_id = v.product_id AND ce.deleted_at IS NULL AND ce.is_listed = true
WHERE il.location_id = ANY(?) AND il.deleted_at IS NULL AND il.stocked_quantity - il.reserved_quantity > 0`
  if (productHandle) {
    sql += ` AND ce.handle = ?`
    params.push(productHandle)
  }
  sql += ` GROUP BY il.location_id, ce.handle, ce.title, ce.title_en, ce.thumbnail, ce.star_level, ce.product_group, ce.min_price
ORDER BY ce.title`
  const { rows } = await knex.raw(sql, params)
  return (rows as any[]).map((r) => ({
    ...r,
    min_price: r.min_price == null ? null : Math.round(Number(r.min_price)),
    star_level: r.star_level == null ? null : Number(r.star_level),
  }))
}
