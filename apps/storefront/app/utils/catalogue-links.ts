import type { CatalogueQuery } from "@ocop/domain"

/*
 * Catalogue links for the browser as well as the server. Only types come from @ocop/domain here:
 * its catalogue module builds zod schemas at load time, and importing a value from it would put
 * zod into every page's JavaScript. Parsing and validation stay in catalogue-query.ts (loaders).
 */

// Deep pages are never linked; the cap keeps a hand-typed page=1e12 from becoming a silly offset.
const MAX_PAGE = 10_000

/** Reads `?page=`: a whole number ≥ 1, anything else is page 1. */
export function readPage(params: URLSearchParams): number {
  const raw = params.get("page")
  if (!raw || !/^\d+$/.test(raw)) return 1
  return Math.min(Math.max(Number(raw), 1), MAX_PAGE)
}

/** Adds the filters of a query to `target`; stars repeated (`stars=4&stars=5`) or joined (`4,5`). */
export function appendFilters(target: URLSearchParams, query: Partial<CatalogueQuery>, starsJoined: boolean) {
  if (query.stars?.length) {
    if (starsJoined) target.set("stars", query.stars.join(","))
    else for (const star of query.stars) target.append("stars", String(star))
  }
  for (const key of ["group", "district", "producer", "price_min", "price_max", "q"] as const) {
    const value = query[key]
    if (value !== undefined && value !== null && value !== "") target.set(key, String(value))
  }
}

export type CatalogueLinkState = Partial<Omit<CatalogueQuery, "limit" | "offset">> & { page?: number }

/**
 * A storefront catalogue URL (`/products?…`) for a state, omitting defaults (newest, page 1) so
 * that equal pages have equal URLs — they double as canonical URLs.
 */
export function catalogueHref(state: CatalogueLinkState): string {
  const params = new URLSearchParams()
  appendFilters(params, state, false)
  if (state.sort && state.sort !== "newest") params.set("sort", state.sort)
  if (state.page && state.page > 1) params.set("page", String(state.page))
  const search = params.toString()
  return search ? `/products?${search}` : "/products"
}

/** The link state of a parsed query, for building links that change one thing. */
export function linkStateOf(query: CatalogueQuery, page = 1): CatalogueLinkState {
  const { limit: _limit, offset: _offset, ...filters } = query
  return { ...filters, page }
}

/** Number of active filters (search words and sort excluded), for the "Filters (2)" label. */
export function activeFilterCount(query: CatalogueQuery): number {
  return (
    (query.stars?.length ? 1 : 0) +
    [query.group, query.district, query.producer, query.price_min, query.price_max].filter((v) => v !== undefined)
      .length
  )
}

/** Number of pages for a result count. */
export function pageCount(count: number, pageSize: number): number {
  return Math.max(1, Math.ceil(count / pageSize))
}

/** A form's non-blank fields, for submitting a GET form without empty parameters. */
export function nonBlankFields(form: HTMLFormElement): URLSearchParams {
  const params = new URLSearchParams()
  for (const [name, value] of new FormData(form)) {
    if (typeof value === "string" && value.trim() !== "") params.append(name, value)
  }
  return params
}
