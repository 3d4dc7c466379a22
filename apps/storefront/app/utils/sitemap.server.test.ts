import { describe, expect, it } from "vitest"
import { collectAll, renderRobots, renderSitemap } from "./sitemap.server"

describe("sitemap", () => {
  it("reads every page of a paginated list", async () => {
    const data = Array.from({ length: 250 }, (_, i) => i)
    const offsets: number[] = []
    const all = await collectAll(async (offset, limit) => {
      offsets.push(offset)
      return { items: data.slice(offset, offset + limit), count: data.length }
    })
    expect(all).toHaveLength(250)
    expect(offsets).toEqual([0, 100, 200])
  })

  it("stops on an empty page even if the count disagrees", async () => {
    const all = await collectAll(async () => ({ items: [], count: 10 }))
    expect(all).toEqual([])
  })

  it("renders absolute, escaped URLs", () => {
    const xml = renderSitemap("https://ocop.example.vn", ["/", "/products?group=food&page=2"])
    expect(xml).toContain("<loc>https://ocop.example.vn/</loc>")
    expect(xml).toContain("<loc>https://ocop.example.vn/products?group=food&amp;page=2</loc>")
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true)
  })

  it("points robots at the sitemap", () => {
    expect(renderRobots("https://ocop.example.vn")).toContain("Sitemap: https://ocop.example.vn/sitemap.xml")
  })
})
