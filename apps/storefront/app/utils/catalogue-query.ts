import { CATALOGUE_DEFAULT_LIMIT, catalogueQuerySchema, type CatalogueQuery } from "@ocop/domain"
import { appendFilters, readPage } from "./catalogue-links"

// The browser-safe link helpers live in catalogue-links.ts; re-exported for the loaders' convenience.
export {
  activeFilterCount,
  catalogueHref,
  linkStateOf,
  nonBlankFields,
  pageCount,
  readPage,
  type CatalogueLinkState,
} from "./catalogue-links"

/** Products per catalogue page. */
export const PAGE_SIZE = CATALOGUE_DEFAULT_LIMIT

/** The filter keys the storefront keeps in its URL, besides `page`. */
export const FILTER_KEYS = ["stars", "group", "district", "producer", "price_min", "price_max", "q", "sort"] as const
type FilterKey = (typeof FILTER_KEYS)[number]

export type CatalogueUrlState = {
  /** The query for the backend, validated by the shared domain schema. */
  query: CatalogueQuery
  /** 1-based page number from `?page=`. */
  page: number
  /** URL keys that were ignored because their values were invalid. */
  ignored: FilterKey[]
}

/**
 * Turns the catalogue page's URL into the backend query: repeated `stars` (checkboxes) and
 * comma lists both work, and `page` becomes `offset`. A link with one bad value (an old
 * bookmark, a typo) still shows the catalogue: the bad key is ignored and parsing is retried.
 */
export function parseCatalogueSearchParams(params: URLSearchParams): CatalogueUrlState {
  const page = readPage(params)
  const raw: Record<string, unknown> = { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }
  for (const key of FILTER_KEYS) {
    const values = params.getAll(key)
    if (values.length > 0) raw[key] = values.length === 1 ? values[0] : values
  }
  const ignored: FilterKey[] = []
  for (let attempt = 0; attempt <= FILTER_KEYS.length; attempt++) {
    const result = catalogueQuerySchema.safeParse(raw)
    if (result.success) return { query: result.data, page, ignored }
    const bad = new Set(
      result.error.issues
        .map((issue) => String(issue.path[0]))
        .filter((key): key is FilterKey => (FILTER_KEYS as readonly string[]).includes(key) && key in raw),
    )
    if (bad.size === 0) break
    for (const key of bad) {
      delete raw[key]
      ignored.push(key)
    }
  }
  return { query: catalogueQuerySchema.parse({ limit: PAGE_SIZE, offset: 0 }), page: 1, ignored }
}

/** The currency of the card prices: the buyer's region's. VND is the API's default and is left out. */
export type CardCurrency = "vnd" | "usd"

function appendCurrency(params: URLSearchParams, currency: CardCurrency) {
  if (currency !== "vnd") params.set("currency_code", currency)
}

/** Query string for GET /store/catalogue: `stars=4,5`, sort, limit and offset always explicit. */
export function catalogueApiParams(query: CatalogueQuery, currency: CardCurrency = "vnd"): URLSearchParams {
  const params = new URLSearchParams()
  appendFilters(params, query, true)
  appendCurrency(params, currency)
  params.set("sort", query.sort)
  params.set("limit", String(query.limit))
  params.set("offset", String(query.offset))
  return params
}

/** Query string for GET /store/catalogue/facets: the same filters, without paging or sort. */
export function facetsApiParams(query: CatalogueQuery, currency: CardCurrency = "vnd"): URLSearchParams {
  const params = new URLSearchParams()
  appendFilters(params, query, true)
  appendCurrency(params, currency)
  return params
}

/**
 * True when the URL carries blank fields (a submitted GET form sends `group=&price_min=`) or
 * values that were ignored: the loader then redirects to the clean URL, so each page has one URL.
 */
export function needsCleanUrl(params: URLSearchParams, ignored: readonly string[]): boolean {
  if (ignored.length > 0) return true
  return [...FILTER_KEYS, "page"].some((key) => params.getAll(key).some((value) => value.trim() === ""))
}
