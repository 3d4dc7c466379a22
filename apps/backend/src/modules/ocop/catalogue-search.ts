import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { searchTokens } from "@ocop/domain"
import { countListedFromCounts, countsCover, countsTotalQuery, facetsFromCounts } from "./catalogue-counts"
import type { CatalogueEntryRow } from "./service"

/** Filters of the storefront catalogue, already validated by catalogueQuerySchema. */
export type CatalogueFilters = {
  stars?: number[]
  group?: string
  district?: string
  producer?: string
  price_min?: number
  price_max?: number
  q?: string
  /** Which minimum price the price filters and sorts use: VND (default) or USD. */
  currency_code?: "vnd" | "usd"
}

/** The catalogue_entry column holding the minimum price in the filters' currency. */
export function priceColumn(filters: Pick<CatalogueFilters, "currency_code">): "min_price" | "min_price_usd" {
  return filters.currency_code === "usd" ? "min_price_usd" : "min_price"
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
  omit?: FacetDimension,
): Knex.QueryBuilder {
  qb.where("is_listed", true).whereNull("deleted_at")
  if (filters.stars?.length && omit !== "stars") qb.whereIn("star_level", filters.stars)
  if (filters.group && omit !== "group") qb.where("product_group", filters.group)
  if (filters.district && omit !== "district") qb.where("origin_district", filters.district)
  if (filters.producer) qb.where("producer_handle", filters.producer)
  if (filters.price_min !== undefined) qb.where(priceColumn(filters), ">=", filters.price_min)
  if (filters.price_max !== undefined) qb.where(priceColumn(filters), "<=", filters.price_max)
  // Every token must start a word of search_text: a prefix tsquery (`'tok':* & …`) on the words
  // as a tsvector, which the GIN index on SEARCH_WORDS_SQL answers without re-reading rows.
  const tokens = searchTokens(filters.q ?? "")
  if (tokens.length) qb.whereRaw(`${SEARCH_WORDS_SQL} @@ ?::tsquery`, [prefixQuery(tokens)])
  return qb
}

/**
 * search_text's words as a tsvector, each word verbatim (no parser, no dictionary: search_text is
 * already folded words joined by single spaces). Words are cut at 200 characters because a
 * tsvector refuses a word over 2047 bytes; query tokens have at most 100 (the q limit), so no match
 * changes. Must stay identical to the expression of IDX_catalogue_entry_search_words
 * (Migration20261206010000), or the index is not used.
 */
export const SEARCH_WORDS_SQL = `array_to_tsvector(array_remove(string_to_array(regexp_replace("search_text", '([^ ]{200})[^ ]+', '\\1', 'g'), ' '), ''))`

/**
 * The tsquery text "every token is the start of a lexeme": `'nam':* & 'huong':*`. Tokens hold
 * letters and digits only (searchTokens); quotes and backslashes are escaped all the same.
 */
export function prefixQuery(tokens: string[]): string {
  return tokens.map((t) => `'${t.replace(/['\\]/g, (c) => `\\${c}`)}':*`).join(" & ")
}

/** ORDER BY of each sort, columns qualified with `alias.` when given. */
function sortSql(sort: CatalogueSortOrder, alias = "", price: "min_price" | "min_price_usd" = "min_price"): string {
  const c = (column: string) => `${alias ? `${alias}.` : ""}${column}`
  switch (sort) {
    case "price_asc":
      return `${c(price)} asc nulls last, ${c("product_created_at")} desc, ${c("id")} asc`
    case "price_desc":
      return `${c(price)} desc nulls last, ${c("product_created_at")} desc, ${c("id")} asc`
    case "stars":
      return `${c("star_level")} desc nulls last, ${c("product_created_at")} desc, ${c("id")} asc`
    case "newest":
    default:
      return `${c("product_created_at")} desc, ${c("id")} asc`
  }
}

/** ORDER BY of each sort; id last so pages never overlap or skip rows with equal keys. */
export function applyCatalogueSort(
  qb: Knex.QueryBuilder,
  sort: CatalogueSortOrder,
  price: "min_price" | "min_price_usd" = "min_price",
): Knex.QueryBuilder {
  return qb.orderByRaw(sortSql(sort, "", price))
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
  dimension: FacetDimension,
): Promise<Record<string, number>> {
  const column = FACET_COLUMNS[dimension]
  const qb = knex(CATALOGUE_TABLE).select(`${column} as value`).count("* as count").groupBy(column)
  applyCatalogueFilters(qb, filters, dimension)
  const rows = (await qb) as unknown as { value: string | number | null; count: string | number }[]
  const counts: Record<string, number> = {}
  for (const row of rows) if (row.value !== null) counts[String(row.value)] = Number(row.count)
  return counts
}

/**
 * Counts listed entries matching the filters: a sum of a few rows of catalogue_count when only star
 * level, group and district filter (decision 035), else one index scan of the entries.
 */
export async function countCatalogue(knex: Knex, filters: CatalogueFilters): Promise<number> {
  if (countsCover(filters)) return countListedFromCounts(knex, filters)
  const qb = knex(CATALOGUE_TABLE).count("* as count")
  applyCatalogueFilters(qb, filters)
  const [row] = (await qb) as unknown as { count: string | number }[]
  return Number(row?.count ?? 0)
}

/** Table of the producer module, read (never written) by the card query below. */
const PRODUCER_TABLE = "producer"
/** Table of this module's certificates. */
const CERTIFICATION_TABLE = "certification"

/** The columns of a card row: the page's entry (e), its certificate (c) and its producer (p). */
const CARD_COLUMNS = [
  "e.id",
  "e.product_id",
  "e.handle",
  "e.title",
  "e.title_en",
  "e.subtitle",
  "e.thumbnail",
  "e.product_group",
  "e.origin_district",
  "e.min_price",
  "e.min_price_usd",
  "e.product_created_at",
  "c.id as c_id",
  "c.certificate_number as c_certificate_number",
  "c.star_level as c_star_level",
  "c.score as c_score",
  "c.decision_number as c_decision_number",
  "c.decision_date as c_decision_date",
  "c.issuing_level as c_issuing_level",
  "c.valid_from as c_valid_from",
  "c.valid_until as c_valid_until",
  "c.revoked_at as c_revoked_at",
  "c.revocation_reason as c_revocation_reason",
  "p.id as p_id",
  "p.handle as p_handle",
  "p.name as p_name",
  "p.kind as p_kind",
  "p.district as p_district",
  "p.commune as p_commune",
  "p.logo_url as p_logo_url",
]

/**
 * One catalogue card as a flat row: the read-model columns, the current certificate (c_*, null when
 * the entry has none) and the producer summary (p_*).
 */
export type CatalogueCardRow = Pick<
  CatalogueEntryRow,
  "id" | "product_id" | "handle" | "title" | "title_en" | "subtitle" | "thumbnail" | "product_group" | "origin_district"
> & {
  // Raw SQL returns numeric columns as strings and leaves dates to the driver.
  min_price: string | number | null
  min_price_usd: string | number | null
  product_created_at: Date | string
  c_id: string | null
  c_certificate_number: string | null
  c_star_level: number | null
  c_score: number | string | null
  c_decision_number: string | null
  c_decision_date: Date | string | null
  c_issuing_level: string | null
  c_valid_from: Date | string | null
  c_valid_until: Date | string | null
  c_revoked_at: Date | string | null
  c_revocation_reason: string | null
  p_id: string | null
  p_handle: string
  p_name: string
  p_kind: string
  p_district: string
  p_commune: string | null
  p_logo_url: string | null
}

/**
 * One page of catalogue cards in a single statement: the indexed page of catalogue_entry (filters,
 * sort, limit, offset) joined to its certificate and producer. Read with plain SQL, so no ORM
 * entities are built for a read-only page. Both joins are left joins, so the result has one row per
 * entry of the page: a missing certificate or producer gives null c_* or p_* columns (the caller
 * leaves out cards without a producer, as the module look-ups this replaces did).
 *
 * When catalogue_count covers the filters (decision 035) the same statement also gives the total:
 * the page is joined laterally to the one-row sum, so a request is one round trip to PostgreSQL,
 * and a page past the end still returns the total (on a row without an entry, left out here).
 */
export async function fetchCatalogueCardRows(
  knex: Knex,
  filters: CatalogueFilters,
  page: { sort: CatalogueSortOrder; limit: number; offset: number },
): Promise<{ rows: CatalogueCardRow[]; total?: number }> {
  const entries = knex(CATALOGUE_TABLE)
    .select([
      "id",
      "product_id",
      "handle",
      "title",
      "title_en",
      "subtitle",
      "thumbnail",
      "product_group",
      "origin_district",
      "producer_id",
      "certification_id",
      "star_level",
      "min_price",
      "min_price_usd",
      "product_created_at",
    ])
    .limit(page.limit)
    .offset(page.offset)
  applyCatalogueFilters(entries, filters)
  applyCatalogueSort(entries, page.sort, priceColumn(filters))
  const withTotal = countsCover(filters)
  // knex binds a query builder as its parenthesised SQL with its own bindings (the types only
  // admit values and raws).
  const source = withTotal
    ? knex
        .from(countsTotalQuery(knex, filters).as("t"))
        .joinRaw("LEFT JOIN LATERAL ? AS e ON true", [entries as unknown as Knex.Raw])
    : knex.from(entries.as("e"))
  const rows = (await source
    .select([...CARD_COLUMNS, ...(withTotal ? ["t.total"] : [])])
    .leftJoin(`${PRODUCER_TABLE} as p`, (on) => on.on("p.id", "e.producer_id").andOnNull("p.deleted_at"))
    .leftJoin(`${CERTIFICATION_TABLE} as c`, (on) => on.on("c.id", "e.certification_id").andOnNull("c.deleted_at"))
    .orderByRaw(sortSql(page.sort, "e", priceColumn(filters)))) as (CatalogueCardRow & { total?: string | number })[]
  return {
    rows: rows.filter((row) => row.id !== null),
    total: withTotal ? Number(rows[0]?.total ?? 0) : undefined,
  }
}

/**
 * Facet counts of all three dimensions, each without its own filter: from catalogue_count's rows
 * when only star level, group and district filter (decision 035); else three GROUP BYs of the
 * entries, side by side on separate pool connections.
 */
export async function countFacets(
  knex: Knex,
  filters: CatalogueFilters,
): Promise<{ stars: Record<string, number>; groups: Record<string, number>; districts: Record<string, number> }> {
  if (countsCover(filters)) return facetsFromCounts(knex, filters)
  const [stars, groups, districts] = await Promise.all([
    countFacet(knex, filters, "stars"),
    countFacet(knex, filters, "group"),
    countFacet(knex, filters, "district"),
  ])
  return { stars, groups, districts }
}

/**
 * The filters in one canonical string (search text reduced to its tokens), so that queries which
 * select the same rows share cache entries.
 */
export function filtersKey(filters: CatalogueFilters): string {
  return JSON.stringify([
    filters.stars?.length ? [...filters.stars].sort((a, b) => a - b) : null,
    filters.group ?? null,
    filters.district ?? null,
    filters.producer ?? null,
    filters.price_min ?? null,
    filters.price_max ?? null,
    searchTokens(filters.q ?? "").join(" ") || null,
    filters.currency_code ?? "vnd",
  ])
}
