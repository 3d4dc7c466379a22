import type { Knex } from "@medusajs/framework/mikro-orm/knex"

/** A price of a variant's price set, as the card and page price rules read it. */
export type ProductPagePrice = { amount: number; currency_code: string; price_list_id: string | null }

/** One variant of a product page row; `stock` is what the key's sales channel can sell (see below). */
export type ProductPageVariant = {
  id: string
  title: string
  sku: string | null
  manage_inventory: boolean
  allow_backorder: boolean
  prices: ProductPagePrice[]
  /** null when no inventory item is linked, as Medusa's getVariantAvailability answers. */
  stock: number | null
}

/** Everything a product page shows, read in one statement (dates inside JSON come back as strings). */
export type ProductPageRow = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  description: string | null
  thumbnail: string | null
  created_at: Date
  title_en: string | null
  description_en: string | null
  product_group: string
  origin_district: string
  producer: {
    id: string
    handle: string
    name: string
    kind: string
    district: string
    commune: string | null
    logo_url: string | null
    status: string
  }
  images: { id: string; url: string }[]
  variants: ProductPageVariant[]
  certificates: {
    id: string
    product_id: string
    certificate_number: string
    star_level: number
    score: number
    decision_number: string
    decision_date: string
    issuing_level: string
    valid_from: string
    valid_until: string
    revoked_at: string | null
    revocation_reason: string | null
    created_at: string
  }[]
}

/**
 * Available stock of a variant in a sales channel, as Medusa's getVariantAvailability computes it:
 * for each inventory item linked to the variant, the stocked minus reserved quantity summed over
 * the channel's stock locations (an item that is deleted counts 0), divided by the quantity one unit
 * needs and rounded down; the smallest over the items; null when no item is linked.
 */
const STOCK_SQL = `(
  SELECT min(floor(coalesce((
      SELECT sum(il.stocked_quantity - il.reserved_quantity)
      FROM inventory_level il
      JOIN inventory_item ii ON ii.id = il.inventory_item_id AND ii.deleted_at IS NULL
      JOIN sales_channel_stock_location scl
        ON scl.stock_location_id = il.location_id AND scl.sales_channel_id = :channel AND scl.deleted_at IS NULL
      WHERE il.inventory_item_id = vi.inventory_item_id AND il.deleted_at IS NULL
    ), 0) / nullif(vi.required_quantity, 0)))
  FROM product_variant_inventory_item vi
  WHERE vi.variant_id = v.id AND vi.deleted_at IS NULL
)`

/**
 * A published product with its OCOP profile and producer, by handle, in one statement: the product
 * (unique index on handle), its profile and producer link (indexed by product id), and as JSON
 * arrays its images, variants with their prices and stock in `channel`, and every certificate.
 * Images by rank, and otherwise every array in storage order (ctid): that is the order Medusa's
 * product module and our module's service returned them in (no ORDER BY, an index scan on the
 * product id), which the page showed before (decision 032); the route sorts certificates itself. No ORM entity is built and no module is called, which is
 * where the time of the former path went (issue 17, docs/performance-notes.md). undefined when
 * there is no such product, it has no profile, or its producer link or producer is gone.
 * With no channel, stock is not read (null).
 */
export async function fetchProductPageRow(
  knex: Knex,
  handle: string,
  channel: string | undefined,
): Promise<ProductPageRow | undefined> {
  const stock = channel ? STOCK_SQL : "CAST(NULL AS numeric)"
  const { rows } = await knex.raw(
    `SELECT p.id, p.handle, p.title, p.subtitle, p.description, p.thumbnail, p.created_at,
       pp.title_en, pp.description_en, pp.product_group, pp.origin_district,
       json_build_object('id', pr.id, 'handle', pr.handle, 'name', pr.name, 'kind', pr.kind,
         'district', pr.district, 'commune', pr.commune, 'logo_url', pr.logo_url, 'status', pr.status) AS producer,
       coalesce((SELECT json_agg(json_build_object('id', i.id, 'url', i.url) ORDER BY i.rank, i.ctid)
         FROM image i WHERE i.product_id = p.id AND i.deleted_at IS NULL), '[]') AS images,
       coalesce((SELECT json_agg(json_build_object(
           'id', v.id, 'title', v.title, 'sku', v.sku,
           'manage_inventory', v.manage_inventory, 'allow_backorder', v.allow_backorder,
           'prices', coalesce((SELECT json_agg(json_build_object(
                 'amount', pc.amount, 'currency_code', pc.currency_code, 'price_list_id', pc.price_list_id))
               FROM product_variant_price_set vps
               JOIN price pc ON pc.price_set_id = vps.price_set_id AND pc.deleted_at IS NULL
               WHERE vps.variant_id = v.id AND vps.deleted_at IS NULL), '[]'),
           'stock', CASE WHEN v.manage_inventory THEN ${stock} END
         ) ORDER BY v.ctid)
         FROM product_variant v WHERE v.product_id = p.id AND v.deleted_at IS NULL), '[]') AS variants,
       coalesce((SELECT json_agg(json_build_object(
           'id', c.id, 'product_id', c.product_id, 'certificate_number', c.certificate_number,
           'star_level', c.star_level, 'score', c.score, 'decision_number', c.decision_number,
           'decision_date', c.decision_date, 'issuing_level', c.issuing_level,
           'valid_from', c.valid_from, 'valid_until', c.valid_until, 'revoked_at', c.revoked_at,
           'revocation_reason', c.revocation_reason, 'created_at', c.created_at)
         ORDER BY c.ctid)
         FROM certification c WHERE c.product_id = p.id AND c.deleted_at IS NULL), '[]') AS certificates
     FROM product p
     JOIN product_profile pp ON pp.product_id = p.id AND pp.deleted_at IS NULL
     JOIN producer_producer_product_product pl ON pl.product_id = p.id AND pl.deleted_at IS NULL
     JOIN producer pr ON pr.id = pl.producer_id AND pr.deleted_at IS NULL
     WHERE p.handle = :handle AND p.status = 'published' AND p.deleted_at IS NULL
     LIMIT 1`,
    { handle, channel: channel ?? null },
  )
  const row = rows[0] as
    (Omit<ProductPageRow, "variants"> & { variants: (ProductPageVariant & { stock: unknown })[] }) | undefined
  if (!row) return undefined
  // numeric comes back from json as a number, but keep the type honest for stock sums.
  row.variants = row.variants.map((v) => ({ ...v, stock: v.stock === null ? null : Number(v.stock) }))
  return row as ProductPageRow
}
