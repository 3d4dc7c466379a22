import { describe, expect, it } from "vitest"
import { catalogueCacheGeneration, invalidateCatalogueCache, TtlCache } from "./catalogue-cache"
import { filtersKey } from "./catalogue-search"

describe("catalogue cache", () => {
  it("serves a value until its time is up", () => {
    const cache = new TtlCache<string>(1_000, 10)
    cache.set("a", "A", catalogueCacheGeneration(), 0)
    expect(cache.get("a", 999)).toBe("A")
    expect(cache.get("a", 1_000)).toBeUndefined()
  })

  it("drops the oldest entry when full", () => {
    const cache = new TtlCache<number>(1_000, 2)
    const since = catalogueCacheGeneration()
    cache.set("a", 1, since, 0)
    cache.set("b", 2, since, 0)
    cache.set("c", 3, since, 0)
    expect([cache.get("a", 1), cache.get("b", 1), cache.get("c", 1)]).toEqual([undefined, 2, 3])
  })

  it("does not store a value read before an invalidation", () => {
    const cache = new TtlCache<string>(1_000, 10)
    const since = catalogueCacheGeneration()
    invalidateCatalogueCache() // a catalogue refresh while the request was reading
    cache.set("a", "old rows", since, 0)
    expect(cache.get("a", 1)).toBeUndefined()
    cache.set("a", "new rows", catalogueCacheGeneration(), 0)
    expect(cache.get("a", 1)).toBe("new rows")
  })

  it("keys filters that select the same rows alike", () => {
    expect(filtersKey({ q: "  Nấm  HƯƠNG " })).toBe(filtersKey({ q: "nam huong" }))
    expect(filtersKey({ stars: [5, 4] })).toBe(filtersKey({ stars: [4, 5] }))
    expect(filtersKey({ stars: [] })).toBe(filtersKey({}))
    expect(filtersKey({ group: "food" })).not.toBe(filtersKey({ district: "food" }))
    expect(filtersKey({ price_min: 0 })).not.toBe(filtersKey({}))
    // USD cards (and USD price bounds) are other rows and other prices than VND ones.
    expect(filtersKey({ price_min: 5, currency_code: "usd" })).not.toBe(filtersKey({ price_min: 5 }))
    expect(filtersKey({ currency_code: "vnd" })).toBe(filtersKey({}))
  })
})
