import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { PRODUCER_PRODUCT_LINK_TABLE } from "../links/producer-product"
import { insertSelect, oneOf } from "./bulk-sql"

/** The products' dimensions the sale lines' flags were last computed with (decision 029, "Sale days"). */
export const SALE_PRODUCT_TABLE = "ocop_sale_product"

/** A product's dimensions a report groups and filters by, as text; `sales-report.ts` joins the same tables. */
export const PRODUCT_DIMENSIONS = ["producer_id", "district", "star_level", "product_group"] as const

const COLUMNS = ["product_id", ...PRODUCT_DIMENSIONS] as const

/**
 * Today's dimensions of every product: its producer (and that producer's district), its catalogue
 * star level and its product group. One row per product even if a product ever had two live
 * producer links (nothing in the database forbids it; the attach workflow does): the oldest link
 * counts, where a duplicate row would make every report fail on the kept copy's primary key.
 */
export function productDimensions(knex: Knex): Knex.QueryBuilder {
  return knex({ p: "product" })
    .distinctOn("p.id")
    .leftJoin({ l: PRODUCER_PRODUCT_LINK_TABLE }, (on) => on.on("l.product_id", "p.id").andOnNull("l.deleted_at"))
    .leftJoin({ pr: "producer" }, "pr.id", "l.producer_id")
    .leftJoin({ ce: "catalogue_entry" }, (on) => on.on("ce.product_id", "p.id").andOnNull("ce.deleted_at"))
    .leftJoin({ pp: "product_profile" }, (on) => on.on("pp.product_id", "p.id").andOnNull("pp.deleted_at"))
    .select(
      "p.id AS product_id",
      "l.producer_id",
      knex.raw("pr.district::text AS district"),
      knex.raw("ce.star_level::text AS star_level"),
      knex.raw("pp.product_group::text AS product_group"),
    )
    .orderBy([{ column: "p.id" }, { column: "l.created_at" }, { column: "l.id" }])
}

const DIMENSIONS_DIFFER = `(${PRODUCT_DIMENSIONS.map((d) => `c.${d}`).join(", ")}) IS DISTINCT FROM (${PRODUCT_DIMENSIONS.map((d) => `k.${d}`).join(", ")})`

/**
 * The products whose dimensions changed since the flags were computed (a new certificate's star
 * level, a producer's new district…), or that are new or gone; the kept copy is brought up to date
 * in the same transaction, so the caller must copy again every order holding one of them.
 */
export async function productsWithNewDimensions(trx: Knex.Transaction): Promise<string[]> {
  const { rows } = (await trx.raw(
    `SELECT coalesce(c.product_id, k.product_id) AS product_id
       FROM (${productDimensions(trx).toQuery()}) c
       FULL JOIN ${SALE_PRODUCT_TABLE} k ON k.product_id = c.product_id
      WHERE c.product_id IS NULL OR k.product_id IS NULL OR ${DIMENSIONS_DIFFER}`,
  )) as { rows: { product_id: string }[] }
  const changed = rows.map((r) => r.product_id)
  if (changed.length) {
    await trx(SALE_PRODUCT_TABLE)
      .where(oneOf(trx, "product_id", changed))
      .delete()
    await insertSelect(trx, SALE_PRODUCT_TABLE, COLUMNS, dimensionRows(trx).where(oneOf(trx, "c.product_id", changed)))
  }
  return changed
}

/** Keeps every product's dimensions afresh (a rebuild computes every flag with them). */
export async function keepAllProductDimensions(trx: Knex.Transaction): Promise<void> {
  await trx.raw(`TRUNCATE ${SALE_PRODUCT_TABLE}`)
  await insertSelect(trx, SALE_PRODUCT_TABLE, COLUMNS, dimensionRows(trx))
}

const dimensionRows = (trx: Knex.Transaction) =>
  (trx as unknown as Knex)
    .queryBuilder()
    .from(productDimensions(trx as unknown as Knex).as("c"))
    .select(COLUMNS.map((c) => `c.${c}`))
