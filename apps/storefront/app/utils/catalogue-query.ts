import { CATALOGUE_DEFAULT_LIMIT, catalogueQuerySchema, type CatalogueQuery } from "@ocop/domain";

/** Products per catalogue page. */
export const PAGE_SIZE = CATALOGUE_DEFAULT_LIMIT;
// Deep pages are never linked; the cap keeps a hand-typed page=1e12 from becoming a silly offset.
const MAX_PAGE = 10_000;

/** The filter keys the storefront keeps in its URL, besides `page`. */
export const FILTER_KEYS = ["stars", "group", "district", "producer", "price_min", "price_max", "q", "sort"] as const;
type FilterKey = (typeof FILTER_KEYS)[number];

export type CatalogueUrlState = {
  /** The query for the backend, validated by the shared domain schema. */
  query: CatalogueQuery;
  /** 1-based page number from `?page=`. */
  page: number;
  /** URL keys that were ignored because their values were invalid. */
  ignored: FilterKey[];
};

/** Reads `?page=`: a whole number ≥ 1, anything else is page 1. */
export function readPage(params: URLSearchParams): number {
  const raw = params.get("page");
  if (!raw || !/^\d+$/.test(raw)) return 1;
  return Math.min(Math.max(Number(raw), 1), MAX_PAGE);
}

/**
 * Turns the catalogue page's URL into the backend query: repeated `stars` (checkboxes) and
 * comma lists both work, and `page` becomes `offset`. A link with one bad value (an old
 * bookmark, a typo) still shows the catalogue: the bad key is ignored and parsing is retried.
 */
export function parseCatalogueSearchParams(params: URLSearchParams): CatalogueUrlState {
  const page = readPage(params);
  const raw: Record<string, unknown> = { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE };
  for (const key of FILTER_KEYS) {
    const values = params.getAll(key);
    if (values.length > 0) raw[key] = values.length === 1 ? values[0] : values;
  }
  const ignored: FilterKey[] = [];
  for (let attempt = 0; attempt <= FILTER_KEYS.length; attempt++) {
    const result = catalogueQuerySchema.safeParse(raw);
    if (result.success) return { query: result.data, page, ignored };
    const bad = new Set(
      result.error.issues
        .map((issue) => String(issue.path[0]))
        .filter((key): key is FilterKey => (FILTER_KEYS as readonly string[]).includes(key) && key in raw),
    );
    if (bad.size === 0) break;
    for (const key of bad) {
      delete raw[key];
      ignored.push(key);
    }
  }
  return { query: catalogueQuerySchema.parse({ limit: PAGE_SIZE, offset: 0 }), page: 1, ignored };
}

function appendFilters(target: URLSearchParams, query: Partial<CatalogueQuery>, starsJoined: boolean) {
  if (query.stars?.length) {
    if (starsJoined) target.set("stars", query.stars.join(","));
    else for (const star of query.stars) target.append("stars", String(star));
  }
  for (const key of ["group", "district", "producer", "price_min", "price_max", "q"] as const) {
    const value = query[key];
    if (value !== undefined && value !== null && value !== "") target.set(key, String(value));
  }
}

/** Query string for GET /store/catalogue: `stars=4,5`, sort, limit and offset always explicit. */
export function catalogueApiParams(query: CatalogueQuery): URLSearchParams {
  const params = new URLSearchParams();
  appendFilters(params, query, true);
  params.set("sort", query.sort);
  params.set("limit", String(query.limit));
  params.set("offset", String(query.offset));
  return params;
}

/** Query string for GET /store/catalogue/facets: the same filters, without paging or sort. */
export function facetsApiParams(query: CatalogueQuery): URLSearchParams {
  const params = new URLSearchParams();
  appendFilters(params, query, true);
  return params;
}

export type CatalogueLinkState = Partial<Omit<CatalogueQuery, "limit" | "offset">> & { page?: number };

/**
 * A storefront catalogue URL (`/products?…`) for a state, omitting defaults (newest, page 1) so
 * that equal pages have equal URLs — they double as canonical URLs.
 */
export function catalogueHref(state: CatalogueLinkState): string {
  const params = new URLSearchParams();
  appendFilters(params, state, false);
  if (state.sort && state.sort !== "newest") params.set("sort", state.sort);
  if (state.page && state.page > 1) params.set("page", String(state.page));
  const search = params.toString();
  return search ? `/products?${search}` : "/products";
}

/** The link state of a parsed query, for building links that change one thing. */
export function linkStateOf(query: CatalogueQuery, page = 1): CatalogueLinkState {
  const { limit: _limit, offset: _offset, ...filters } = query;
  return { ...filters, page };
}

/** Number of active filters (search words and sort excluded), for the "Filters (2)" label. */
export function activeFilterCount(query: CatalogueQuery): number {
  return (
    (query.stars?.length ? 1 : 0) +
    [query.group, query.district, query.producer, query.price_min, query.price_max].filter((v) => v !== undefined).length
  );
}

/** Number of pages for a result count. */
export function pageCount(count: number, pageSize = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(count / pageSize));
}

/**
 * True when the URL carries blank fields (a submitted GET form sends `group=&price_min=`) or
 * values that were ignored: the loader then redirects to the clean URL, so each page has one URL.
 */
export function needsCleanUrl(params: URLSearchParams, ignored: readonly string[]): boolean {
  if (ignored.length > 0) return true;
  return [...FILTER_KEYS, "page"].some((key) => params.getAll(key).some((value) => value.trim() === ""));
}

/** A form's non-blank fields, for submitting a GET form without empty parameters. */
export function nonBlankFields(form: HTMLFormElement): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    if (typeof value === "string" && value.trim() !== "") params.append(name, value);
  }
  return params;
}
