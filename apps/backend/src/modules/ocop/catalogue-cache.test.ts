import { describe, expect, it } from "vitest"
import { CatalogueCache, catalogueCacheGeneration, invalidateCatalogueCache } from "./catalogue-cache"
import { filtersKey } from "./catalogue-search"

describe("catalogue cache", () => {
  it("serves a value until its time is up", () => {
    let now = 0
    const cache = new CatalogueCache<string>(1_000, 10, () => now)
    cache.set("a", "A", catalogueCacheGeneration())
    now = 999
    expect(cache.get("a")).toBe("A")
    now = 1_000
    expect(cache.get("a")).toBeUndefined()
  })

  it("drops the oldest entry when full", () => {
    const cache = new CatalogueCache<number>(1_000, 2)
    const since = catalogueCacheGeneration()
    cache.set("a", 1, since)
    cache.set("b", 2, since)
    cache.set("c", 3, since)
    expect([cache.get("a"), cache.get("b"), cache.get("c")]).toEqual([undefined, 2, 3])
  })

  it("does not store a value read before an invalidation", () => {
    const cache = new CatalogueCache<string>(1_000, 10)
    const since = catalogueCacheGeneration()
    invalidateCatalogueCache() // a catalogue refresh while the request was reading
    cache.set("a", "old rows", since)
    expect(cache.get("a")).toBeUndefined()
    cache.set("a", "new rows", catalogueCacheGeneration())
    expect(cache.get("a")).toBe("new rows")
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
