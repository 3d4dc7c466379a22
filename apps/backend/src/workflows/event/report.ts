import type { Knex } from "@medusajs/framework/mikro-orm/knex"

/** Units and revenue (whole đồng, VAT included) sold at a booth, by product, net of returns. */
export type BoothSales = { product_id: string; title: string; units: number; revenue: number }[]

const num = (v: unknown) => Math.round(Number(v ?? 0))

/**
 * What the booth sold: every counter sale at the place that was not voided, its lines' totals and
 * units, less what returns gave back for each variant. One statement, parameterised.
 */
export async function boothSales(knex: Knex, placeId: string): Promise<{ orders: number; lines: BoothSales }> {
  const { rows } = await knex.raw(
    `WITH sold AS (
       SELECT l->>'product_id' AS product_id, l->>'variant_id' AS variant_id, l->>'title' AS title,
              (l->>'quantity')::int AS units, (l->>'total')::numeric AS revenue
         FROM counter_sale cs, jsonb_array_elements(cs.lines) l
        WHERE cs.point_of_sale_id = ? AND cs.deleted_at IS NULL AND cs.status <> 'voided'),
     returned AS (
       SELECT r->>'variant_id' AS variant_id, sum((r->>'quantity')::int) AS units, sum((r->>'refund')::numeric) AS refund
         FROM counter_return cr JOIN counter_sale cs ON cs.id = cr.counter_sale_id AND cs.status <> 'voided',
              jsonb_array_elements(cr.lines) r
        WHERE cr.point_of_sale_id = ? AND cr.deleted_at IS NULL
        GROUP BY 1)
     SELECT s.product_id, min(s.title) AS title,
            sum(s.units) - COALESCE(max(rt.units), 0) AS units,
            sum(s.revenue) - COALESCE(max(rt.refund), 0) AS revenue
       FROM sold s LEFT JOIN returned rt ON rt.variant_id = s.variant_id
      GROUP BY s.product_id, s.variant_id
      ORDER BY 2`,
    [placeId, placeId],
  )
  const merged = new Map<string, { product_id: string; title: string; units: number; revenue: number }>()
  for (const r of rows as Record<string, unknown>[]) {
    const id = String(r.product_id)
    const row = merged.get(id) ?? { product_id: id, title: String(r.title), units: 0, revenue: 0 }
    row.units += num(r.units)
    row.revenue += num(r.revenue)
    merged.set(id, row)
  }
  const { rows: counted } = await knex.raw(
    `SELECT count(*)::int AS orders FROM counter_sale WHERE point_of_sale_id = ? AND deleted_at IS NULL AND status <> 'voided'`,
    [placeId],
  )
  return { orders: num((counted as { orders: number }[])[0]?.orders), lines: [...merged.values()] }
}

/** One variant's stock at the booth: what came, went, was lost, sold and is left, and the difference. */
export type StockLine = {
  variant_id: string
  title: string
  /** Received by transfer (what arrived, not what was sent). */
  received: number
  lost_in_transit: number
  /** Declared by the producer who brought them to the booth itself. */
  declared: number
  sent_back: number
  /** Recorded as lost at the booth (damaged, expired, missing, tasting). */
  lost_at_booth: number
  on_hand: number
  sold_recorded: number
  /** received + declared − sent back − lost at the booth − on hand: what the stock says was sold. */
  sold_by_stock: number
  /** sold by stock − sold recorded: units unaccounted for (positive) or sales beyond the recorded stock (negative). */
  difference: number
}

/**
 * The booth's stock reconciliation: transfers received at it (and lost on the way), transfers
 * received back from it, what producers declared they brought and what was recorded lost at the
 * booth (`event_booth_stock`), the counter's net units, and the level left. A difference is shown,
 * never absorbed.
 */
export async function boothStock(
  knex: Knex,
  eventId: string,
  placeId: string,
  locationId: string,
): Promise<StockLine[]> {
  const { rows } = await knex.raw(
    `WITH moves AS (
       SELECT l.variant_id, l.inventory_item_id, l.title,
              CASE WHEN t.to_location_id = ? AND t.status = 'received' THEN COALESCE(l.received_quantity, 0) ELSE 0 END AS received,
              CASE WHEN t.to_location_id = ? AND t.status = 'received' THEN l.lost_quantity ELSE 0 END AS lost,
              CASE WHEN t.from_location_id = ? AND t.status = 'received' THEN l.quantity ELSE 0 END AS sent_back
         FROM stock_transfer t JOIN stock_transfer_line l ON l.transfer_id = t.id AND l.deleted_at IS NULL
        WHERE t.deleted_at IS NULL AND (t.to_location_id = ? OR t.from_location_id = ?)
       UNION ALL
       SELECT b.variant_id, b.inventory_item_id, b.title, 0, 0, 0
         FROM event_booth_stock b WHERE b.event_id = ? AND b.deleted_at IS NULL),
     booth AS (
       SELECT variant_id,
              sum(CASE WHEN kind = 'declared' THEN quantity ELSE 0 END) AS declared,
              sum(CASE WHEN kind = 'lost' THEN quantity ELSE 0 END) AS lost_at_booth
         FROM event_booth_stock WHERE event_id = ? AND deleted_at IS NULL
        GROUP BY 1),
     sold AS (
       SELECT l->>'variant_id' AS variant_id, min(l->>'title') AS title, sum((l->>'quantity')::int) AS units
         FROM counter_sale cs, jsonb_array_elements(cs.lines) l
        WHERE cs.point_of_sale_id = ? AND cs.deleted_at IS NULL AND cs.status <> 'voided'
        GROUP BY 1),
     returned AS (
       SELECT r->>'variant_id' AS variant_id, sum((r->>'quantity')::int) AS units
         FROM counter_return cr, jsonb_array_elements(cr.lines) r
        WHERE cr.point_of_sale_id = ? AND cr.deleted_at IS NULL
        GROUP BY 1),
     variants AS (SELECT variant_id FROM moves UNION SELECT variant_id FROM sold)
     SELECT v.variant_id,
            COALESCE((SELECT min(title) FROM moves m WHERE m.variant_id = v.variant_id), s.title) AS title,
            COALESCE((SELECT sum(received) FROM moves m WHERE m.variant_id = v.variant_id), 0) AS received,
            COALESCE((SELECT sum(lost) FROM moves m WHERE m.variant_id = v.variant_id), 0) AS lost,
            COALESCE((SELECT sum(sent_back) FROM moves m WHERE m.variant_id = v.variant_id), 0) AS sent_back,
            COALESCE(b.declared, 0) AS declared,
            COALESCE(b.lost_at_booth, 0) AS lost_at_booth,
            COALESCE(s.units, 0) - COALESCE(rt.units, 0) AS sold,
            COALESCE((SELECT il.stocked_quantity FROM product_variant_inventory_item vii
                        JOIN inventory_level il ON il.inventory_item_id = vii.inventory_item_id
                         AND il.location_id = ? AND il.deleted_at IS NULL
                       WHERE vii.variant_id = v.variant_id AND vii.deleted_at IS NULL LIMIT 1), 0) AS on_hand
       FROM variants v LEFT JOIN sold s ON s.variant_id = v.variant_id LEFT JOIN returned rt ON rt.variant_id = v.variant_id
       LEFT JOIN booth b ON b.variant_id = v.variant_id
      ORDER BY 2`,
    [locationId, locationId, locationId, locationId, locationId, eventId, eventId, placeId, placeId, locationId],
  )
  return (rows as Record<string, unknown>[]).map((r) => {
    const received = num(r.received)
    const declared = num(r.declared)
    const sentBack = num(r.sent_back)
    const lostAtBooth = num(r.lost_at_booth)
    const onHand = num(r.on_hand)
    const soldByStock = received + declared - sentBack - lostAtBooth - onHand
    return {
      variant_id: String(r.variant_id),
      title: String(r.title ?? ""),
      received,
      lost_in_transit: num(r.lost),
      declared,
      sent_back: sentBack,
      lost_at_booth: lostAtBooth,
      on_hand: onHand,
      sold_recorded: num(r.sold),
      sold_by_stock: soldByStock,
      difference: soldByStock - num(r.sold),
    }
  })
}
