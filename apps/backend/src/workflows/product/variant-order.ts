/**
 * compareVariants (@ocop/domain) as SQL, for queries that order variants in the database: the rank
 * the office or producer gave them (none counts as 0), then the oldest first, then the id, so two
 * variants created together never swap places. `v` is the product_variant table's alias.
 */
export const variantOrderSql = (v: string) => `COALESCE(${v}.variant_rank, 0), ${v}.created_at, ${v}.id`
