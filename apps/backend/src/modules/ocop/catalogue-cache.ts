/**
 * A short-lived in-process cache for the storefront catalogue's read routes (decision 009): whole
 * serialised responses keyed by the normalised query, and total counts keyed by the filters.
 *
 * - Every entry lives at most CATALOGUE_CACHE_TTL_MS; certificate statuses computed "now" and a
 *   write made by another process (split server/worker deployments) are never staler than that.
 * - refreshCatalogueEntriesStep calls invalidateCatalogueCache() after it writes catalogue rows (and
 *   after its compensation), so in this process a refresh is visible to the very next request.
 * - A value computed while an invalidation happened is not stored (generation check), so a slow
 *   request that read the old rows cannot put them back after the refresh.
 * - The number of entries is bounded; the oldest entry goes first.
 * - OCOP_CATALOGUE_CACHE=off turns both caches off (every request reads the database); the
 *   benchmark uses it to report uncached figures next to the cached ones.
 */

import { TtlCache } from "@ocop/domain"

/** False when OCOP_CATALOGUE_CACHE=off: nothing is stored, so nothing is served from memory. */
export const CATALOGUE_CACHE_ENABLED = process.env.OCOP_CATALOGUE_CACHE !== "off"

/** How long a cached response or count may be served. */
export const CATALOGUE_CACHE_TTL_MS = 10_000

/** Most entries kept per cache (responses, counts). */
export const CATALOGUE_CACHE_MAX_ENTRIES = 1_000

let generation = 0

/** The current generation; pass it to set() to store only if nothing was invalidated since. */
export function catalogueCacheGeneration(): number {
  return generation
}

/** A TTL cache that stores only what was computed since the last invalidation (and nothing when off). */
export class CatalogueCache<V> {
  private readonly cache: TtlCache<V>

  constructor(ttlMs = CATALOGUE_CACHE_TTL_MS, maxEntries = CATALOGUE_CACHE_MAX_ENTRIES, now: () => number = Date.now) {
    this.cache = new TtlCache<V>(ttlMs, maxEntries, now)
  }

  get(key: string): V | undefined {
    return this.cache.get(key)
  }

  /** Stores the value unless the cache was invalidated after `since` (a generation). */
  set(key: string, value: V, since: number): void {
    if (!CATALOGUE_CACHE_ENABLED || since !== generation) return
    this.cache.set(key, value)
  }

  clear(): void {
    this.cache.clear()
  }

  get size(): number {
    return this.cache.size
  }
}

/** Serialised JSON bodies of /store/catalogue and /store/catalogue/facets, by route and query. */
export const catalogueResponses = new CatalogueCache<string>()

/** Total counts of listed entries, by filtersKey(). */
export const catalogueCounts = new CatalogueCache<number>()

/** Drops every cached catalogue response and count; run after the read model changes. */
export function invalidateCatalogueCache(): void {
  generation++
  catalogueResponses.clear()
  catalogueCounts.clear()
}
