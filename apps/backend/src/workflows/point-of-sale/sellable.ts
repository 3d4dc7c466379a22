import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { variantOrderSql } from "../product/variant-order"

/** A variant as the counter of a place sells it: base VND price, stock there, certificate, VAT. */
export type SellableRow = {
  variant_id: string
  product_id: string
  product_title: string
  product_handle: string
  variant_title: string | null
  sku: string | null
  barcode: string | null
  thumbnail: string | null
  product_group: string | null
  star_level: number | null
  certificate_number: string | null
  /**
   * Whole đồng, VAT included: the price of an active price list in the place's sales channel (an
   * event's prices at its booth, decision 028), else the base VND price; null when there is neither.
   */
  price: number | null
  /** Whether `price` is an event's price rather than the base price. */
  event_price: boolean
  vat_rate: number | null
  manage_inventory: boolean
  inventory_item_id: string | null
  required_quantity: number
  /** Whether the place keeps this item at all (an inventory level exists there). */
  stocked_here: boolean
  stocked: number
  reserved: number
  incoming: number
  available: number
}

const SELLABLE_SQL = `
SELECT v.id AS variant_id, p.id AS product_id, p.title AS product_title, p.handle AS product_handle,
       v.title AS variant_title, v.sku, v.barcode, p.thumbnail, v.manage_inventory,
       ce.product_group, ce.star_level, cert.certificate_number,
       (p.metadata->>'vat_rate') AS vat_rate,
       (SELECT min(pr.amount) FROM product_variant_price_set pvps
          JOIN price pr ON pr.price_set_id = pvps.price_set_id AND pr.deleted_at IS NULL
           AND pr.currency_code = 'vnd' AND pr.rules_count = 0 AND pr.price_list_id IS NULL
         WHERE pvps.variant_id = v.id AND pvps.deleted_at IS NULL) AS base_price,
       (SELECT min(pr.amount) FROM product_variant_price_set pvps
          JOIN price pr ON pr.price_set_id = pvps.price_set_id AND pr.deleted_at IS NULL AND pr.currency_code = 'vnd'
          JOIN price_list pl ON pl.id = pr.price_list_id AND pl.deleted_at IS NULL AND pl.status = 'active'
           AND (pl.starts_at IS NULL OR pl.starts_at <= now()) AND (pl.ends_at IS NULL OR pl.ends_at > now())
          JOIN price_list_rule plr ON plr.price_list_id = pl.id AND plr.deleted_at IS NULL
           AND plr.attribute = 'sales_channel_id'
          JOIN point_of_sale pos ON pos.stock_location_id = ? AND pos.deleted_at IS NULL
           AND (plr.value @> jsonb_build_array(pos.sales_channel_id) OR plr.value = to_jsonb(pos.sales_channel_id))
         WHERE pvps.variant_id = v.id AND pvps.deleted_at IS NULL) AS event_price,
       vii.inventory_item_id, COALESCE(vii.required_quantity, 1) AS required_quantity,
       il.id IS NOT NULL AS stocked_here,
       COALESCE(il.stocked_quantity, 0) AS stocked,
       COALESCE(il.reserved_quantity, 0) AS reserved,
       COALESCE(il.incoming_quantity, 0) AS incoming
FROM product_variant v
JOIN product p ON p.id = v.product_id AND p.deleted_at IS NULL AND p.status = 'published'
LEFT JOIN catalogue_entry ce ON ce.product_id = p.id AND ce.deleted_at IS NULL
LEFT JOIN certification cert ON cert.id = ce.certification_id AND cert.deleted_at IS NULL
LEFT JOIN product_variant_inventory_item vii ON vii.variant_id = v.id AND vii.deleted_at IS NULL
LEFT JOIN inventory_level il ON il.inventory_item_id = vii.inventory_item_id AND il.location_id = ? AND il.deleted_at IS NULL
WHERE v.deleted_at IS NULL`

/**
 * What a place can sell, in one statement: every published variant kept there (or the given
 * variants, kept there or not), with its price and the place's stock. The price is the base VND
 * price, as the catalogue reads it (decision 005), unless a price list active now names the place's
 * sales channel: an event's prices at its booth (decision 028).
 */
export async function sellableAt(
  knex: Knex,
  locationId: string,
  filter: { variant_ids?: readonly string[] } = {},
): Promise<SellableRow[]> {
  const params: (string | string[])[] = [locationId, locationId]
  let sql = SELLABLE_SQL
  if (filter.variant_ids) {
    sql += ` AND v.id = ANY(?)`
    params.push([...filter.variant_ids])
  } else {
    sql += ` AND il.id IS NOT NULL`
  }
  sql += ` ORDER BY p.title, ${variantOrderSql("v")}`
  const { rows } = await knex.raw(sql, params)
  return (rows as any[]).map((r) => {
    const stocked = Number(r.stocked)
    const reserved = Number(r.reserved)
    const { base_price, event_price, ...rest } = r
    const price = event_price ?? base_price
    return {
      ...rest,
      price: price == null ? null : Math.round(Number(price)),
      event_price: event_price != null,
      vat_rate: r.vat_rate == null || Number.isNaN(Number(r.vat_rate)) ? null : Number(r.vat_rate),
      star_level: r.star_level == null ? null : Number(r.star_level),
      required_quantity: Number(r.required_quantity),
      stocked,
      reserved,
      incoming: Number(r.incoming),
      available: stocked - reserved,
    }
  })
}
