import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { searchTokens } from "@ocop/domain"
import type { CatalogueFilters, FacetDimension } from "./catalogue-search"

/**
 * Listed catalogue entries per (star level, group, district), kept by triggers on catalogue_entry
 * in the same transaction as every write to it (Migration20261206040000, decision 035). At most
 * 4 × 6 × 9 = 216 rows with star level 0 (162 while every listed entry has 3–5★): the facets and
 * the totals of the filters it covers sum these instead of counting ~20,000 index entries per
 * request.
 */
export const CATALOGUE_COUNT_TABLE = "catalogue_count"

/** One row of catalogue_count; star_level 0 is "no star level". */
type CountRow = { star_level: number; product_group: string; origin_district: string; listed: number }

/**
 * True when the counts table answers these filters: only star level, group and district (the
 * currency alone selects no rows). Producer, price and search need the entries themselves.
 */
export function countsCover(filters: CatalogueFilters): boolean {
  return (
    !filters.producer &&
    filters.price_min === undefined &&
    filters.price_max === undefined &&
    searchTokens(filters.q ?? "").length === 0
  )
}

/** Whether a counts row passes the filters, leaving out one dimension's own filter for its facet. */
function passes(row: CountRow, filters: CatalogueFilters, omit?: FacetDimension): boolean {
  if (filters.stars?.length && omit !== "stars" && !filters.stars.includes(row.star_level)) return false
  if (filters.group && omit !== "group" && row.product_group !== filters.group) return false
  if (filters.district && omit !== "district" && row.origin_district !== filters.district) return false
  return true
}

/** Every counts row (≤ 216), read in one short statement. */
async function countRows(knex: Knex): Promise<CountRow[]> {
  const rows = (await knex(CATALOGUE_COUNT_TABLE)
    .select("star_level", "product_group", "origin_district", "listed")
    .where("listed", ">", 0)) as CountRow[]
  return rows.map((r) => ({ ...r, star_level: Number(r.star_level), listed: Number(r.listed) }))
}

/**
 * A one-row query of the number of listed entries (`total`) matching filters that countsCover
 * accepts; the list route joins it to its page, so page and total are one statement.
 */
export function countsTotalQuery(knex: Knex, filters: CatalogueFilters): Knex.QueryBuilder {
  const qb = knex(CATALOGUE_COUNT_TABLE).select(knex.raw(`coalesce(sum("listed"), 0) AS total`))
  if (filters.stars?.length) qb.whereIn("star_level", filters.stars)
  if (filters.group) qb.where("product_group", filters.group)
  if (filters.district) qb.where("origin_district", filters.district)
  return qb
}

/** The number of listed entries matching filters that countsCover accepts. */
export async function countListedFromCounts(knex: Knex, filters: CatalogueFilters): Promise<number> {
  const [row] = (await countsTotalQuery(knex, filters)) as unknown as { total: string | number }[]
  return Number(row?.total ?? 0)
}

/**
 * The three facets for filters that countsCover accepts, each without its own filter, as
 * countFacet gives them: entries without a star level are not a star value.
 */
export async function facetsFromCounts(
  knex: Knex,
  filters: CatalogueFilters,
): Promise<{ stars: Record<string, number>; groups: Record<string, number>; districts: Record<string, number> }> {
  const rows = await countRows(knex)
  const stars: Record<string, number> = {}
  const groups: Record<string, number> = {}
  const districts: Record<string, number> = {}
  const add = (counts: Record<string, number>, key: string, n: number) => (counts[key] = (counts[key] ?? 0) + n)
  for (const row of rows) {
    if (row.star_level !== 0 && passes(row, filters, "stars")) add(stars, String(row.star_level), row.listed)
    if (passes(row, filters, "group")) add(groups, row.product_group, row.listed)
    if (passes(row, filters, "district")) add(districts, row.origin_district, row.listed)
  }
  return { stars, groups, districts }
}

/**
 * Recounts the table from catalogue_entry, for a full rebuild of the read model: a repair if the
 * counts ever drifted (a trigger dropped by hand). SHARE ROW EXCLUSIVE blocks writers for the few
 * milliseconds this takes, so no write falls between the recount and the triggers, and it
 * conflicts with itself, so two rebuilds recount one after the other (with SHARE both would
 * delete, then the second insert would fail on catalogue_count_pkey). Readers are not blocked.
 */
export async function recountCatalogue(knex: Knex): Promise<void> {
  await knex.transaction(async (trx) => {
    await trx.raw(`LOCK TABLE "catalogue_entry" IN SHARE ROW EXCLUSIVE MODE`)
    await trx(CATALOGUE_COUNT_TABLE).delete()
    await trx.raw(
      `INSERT INTO "catalogue_count" ("star_level", "product_group", "origin_district", "listed")
       SELECT coalesce("star_level", 0), "product_group", "origin_district", count(*) FROM "catalogue_entry"
       WHERE "is_listed" AND "deleted_at" IS NULL GROUP BY 1, 2, 3`,
    )
  })
}
