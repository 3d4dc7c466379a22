import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { searchTokens } from "@ocop/domain"

/** Filters of the storefront catalogue, already validated by catalogueQuerySchema. */
export type CatalogueFilters = {
  stars?: number[]
  group?: string
  district?: string
  producer?: string
  price_min?: number
  price_max?: number
  q?: string
}

export type CatalogueSortOrder = "newest" | "price_asc" | "price_desc" | "stars"

/** A facet dimension; its own filter is left out when counting it. */
export type FacetDimension = "stars" | "group" | "district"

export const CATALOGUE_TABLE = "catalogue_entry"

/**
 * Adds the WHERE clause of a catalogue query. Only listed entries (published, certified, producer
 * active) ever reach the storefront. `omit` drops one dimension's own filter for facet counts.
 */
export function applyCatalogueFilters(
  qb: Knex.QueryBuilder,
  filters: CatalogueFilters,
  omit?: FacetDimension
): Knex.QueryBuilder {
  qb.where("is_listed", true).whereNull("deleted_at")
  if (filters.stars?.length && omit !== "stars") qb.whereIn("star_level", filters.stars)
  if (filters.group && omit !== "group") qb.where("product_group", filters.group)
  if (filters.district && omit !== "district") qb.where("origin_district", filters.district)
  if (filters.producer) qb.where("producer_handle", filters.producer)
  if (filters.price_min !== undefined) qb.where("min_price", ">=", filters.price_min)
  if (filters.price_max !== undefined) qb.where("min_price", "<=", filters.price_max)
  // search_text is space-separated folded words, so "word starts with token" is either the text
  // starting with it or " token" inside it; both are LIKE patterns the trigram index serves.
  // Tokens hold letters and digits only (searchTokens), so they carry no LIKE wildcards.
  for (const token of searchTokens(filters.q ?? "")) {
    qb.where((inner) => {
      inner.where("search_text", "like", `${token}%`).orWhere("search_text", "like", `% ${token}%`)
    })
  }
  return qb
}

/** ORDER BY of each sort; id last so pages never overlap or skip rows with equal keys. */
export function applyCatalogueSort(qb: Knex.QueryBuilder, sort: CatalogueSortOrder): Knex.QueryBuilder {
  switch (sort) {
    case "price_asc":
      return qb.orderByRaw("min_price asc nulls last, product_created_at desc, id asc")
    case "price_desc":
      return qb.orderByRaw("min_price desc nulls last, product_created_at desc, id asc")
    case "stars":
      return qb.orderByRaw("star_level desc nulls last, product_created_at desc, id asc")
    case "newest":
    default:
      return qb.orderByRaw("product_created_at desc, id asc")
  }
}

const FACET_COLUMNS: Record<FacetDimension, string> = {
  stars: "star_level",
  group: "product_group",
  district: "origin_district",
}

/** Counts listed entries per value of one dimension, with every other filter applied. */
export async function countFacet(
  knex: Knex,
  filters: CatalogueFilters,
  dimension: FacetDimension
): Promise<Record<string, number>> {
  const column = FACET_COLUMNS[dimension]
  const qb = knex(CATALOGUE_TABLE).select(`${column} as value`).count("* as count").groupBy(column)
  applyCatalogueFilters(qb, filters, dimension)
  const rows = (await qb) as unknown as { value: string | number | null; count: string | number }[]
  const counts: Record<string, number> = {}
  for (const row of rows) if (row.value !== null) counts[String(row.value)] = Number(row.count)
  return counts
}
