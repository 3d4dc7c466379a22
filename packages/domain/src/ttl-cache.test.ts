import { describe, expect, it } from "vitest"
import { TtlCache } from "./ttl-cache"

describe("TtlCache", () => {
  it("expires entries after the TTL", () => {
    let now = 0
    const cache = new TtlCache<string>(1000, 10, () => now)
    cache.set("a", "1")
    now = 999
    expect(cache.get("a")).toBe("1")
    now = 1000
    expect(cache.get("a")).toBeUndefined()
  })

  it("evicts the oldest entry beyond its bound", () => {
    const cache = new TtlCache<number>(60_000, 2)
    cache.set("a", 1)
    cache.set("b", 2)
    cache.set("c", 3)
    expect(cache.get("a")).toBeUndefined()
    expect(cache.size).toBe(2)
  })

  it("does not cache failed loads", async () => {
    const cache = new TtlCache<number>(60_000, 2)
    await expect(cache.getOrLoad("k", () => Promise.reject(new Error("down")))).rejects.toThrow("down")
    expect(await cache.getOrLoad("k", async () => 7)).toBe(7)
    expect(await cache.getOrLoad("k", async () => 8)).toBe(7)
  })
})
