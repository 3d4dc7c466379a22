import { describe, expect, it } from "vitest"
import {
  PAGE_SIZE,
  activeFilterCount,
  catalogueApiParams,
  catalogueHref,
  facetsApiParams,
  linkStateOf,
  needsCleanUrl,
  pageCount,
  parseCatalogueSearchParams,
  readPage,
} from "./catalogue-query"

const parse = (search: string) => parseCatalogueSearchParams(new URLSearchParams(search))

describe("URL → catalogue query", () => {
  it("defaults to the first 24 newest products", () => {
    const { query, page, ignored } = parse("")
    expect(page).toBe(1)
    expect(query).toMatchObject({ limit: 24, offset: 0, sort: "newest" })
    expect(query.stars).toBeUndefined()
    expect(ignored).toEqual([])
  })

  it("maps page to offset", () => {
    expect(parse("page=3").query.offset).toBe(48)
    expect(parse("page=1").query.offset).toBe(0)
  })

  it.each(["page=0", "page=-2", "page=abc", "page=2.5", "page="])("reads %s as page 1", (search) => {
    expect(readPage(new URLSearchParams(search))).toBe(1)
  })

  it("reads stars from checkboxes (repeated keys) and from a comma list", () => {
    expect(parse("stars=5&stars=4").query.stars).toEqual([4, 5])
    expect(parse("stars=4,5,4").query.stars).toEqual([4, 5])
  })

  it("keeps every filter", () => {
    const { query } = parse(
      "stars=4&group=food&district=sa-pa&producer=htx-nam-sa-pa&price_min=100000&price_max=500000&q=n%E1%BA%A5m&sort=price_asc",
    )
    expect(query).toMatchObject({
      stars: [4],
      group: "food",
      district: "sa-pa",
      producer: "htx-nam-sa-pa",
      price_min: 100000,
      price_max: 500000,
      q: "nấm",
      sort: "price_asc",
    })
  })

  it("treats empty fields from a submitted GET form as absent", () => {
    const { query, ignored } = parse("group=&district=&price_min=&price_max=&q=&sort=")
    expect(query.group).toBeUndefined()
    expect(query.price_min).toBeUndefined()
    expect(query.sort).toBe("newest")
    expect(ignored).toEqual([])
  })

  it("ignores only the invalid keys of a bad link", () => {
    const { query, ignored } = parse("stars=7&group=food&district=ha-noi")
    expect(query.group).toBe("food")
    expect(query.stars).toBeUndefined()
    expect(query.district).toBeUndefined()
    expect(ignored.sort()).toEqual(["district", "stars"])
  })

  it("drops an inverted price range's upper bound", () => {
    const { query, ignored } = parse("price_min=500000&price_max=100000")
    expect(query.price_min).toBe(500000)
    expect(query.price_max).toBeUndefined()
    expect(ignored).toEqual(["price_max"])
  })
})

describe("catalogue query → backend and links", () => {
  it("serialises the backend query with a comma star list", () => {
    const { query } = parse("stars=4&stars=5&group=food&page=2&sort=stars")
    expect(catalogueApiParams(query).toString()).toBe("stars=4%2C5&group=food&sort=stars&limit=24&offset=24")
    expect(facetsApiParams(query).toString()).toBe("stars=4%2C5&group=food")
    // A buyer abroad gets USD card prices (and price filters); VND is the API's default, left out.
    expect(catalogueApiParams(query, "usd").toString()).toBe(
      "stars=4%2C5&group=food&currency_code=usd&sort=stars&limit=24&offset=24",
    )
    expect(facetsApiParams(query, "usd").get("currency_code")).toBe("usd")
    expect(catalogueApiParams(query, "vnd").has("currency_code")).toBe(false)
  })

  it("builds storefront links without defaults, round-tripping the state", () => {
    const { query, page } = parse("stars=4&stars=5&district=sa-pa&sort=newest&page=1")
    const href = catalogueHref(linkStateOf(query, page))
    expect(href).toBe("/products?stars=4&stars=5&district=sa-pa")
    const again = parse(href.split("?")[1] ?? "")
    expect(again.query).toEqual(query)
    expect(catalogueHref({ ...linkStateOf(query), page: 3 })).toBe("/products?stars=4&stars=5&district=sa-pa&page=3")
    expect(catalogueHref({})).toBe("/products")
  })

  it("counts active filters and pages", () => {
    expect(activeFilterCount(parse("stars=4&stars=5&group=food&q=tea&sort=stars").query)).toBe(2)
    expect(pageCount(0, PAGE_SIZE)).toBe(1)
    expect(pageCount(24, PAGE_SIZE)).toBe(1)
    expect(pageCount(25, PAGE_SIZE)).toBe(2)
  })
})

describe("needsCleanUrl", () => {
  it("asks for a redirect when a submitted form left blanks or a value was ignored", () => {
    const blank = new URLSearchParams("stars=4&group=&price_min=")
    expect(needsCleanUrl(blank, parse(blank.toString()).ignored)).toBe(true)
    const bad = new URLSearchParams("stars=9")
    expect(needsCleanUrl(bad, parse(bad.toString()).ignored)).toBe(true)
  })

  it("leaves clean URLs and foreign parameters alone", () => {
    const clean = new URLSearchParams("stars=4&group=food&utm_source=")
    expect(needsCleanUrl(clean, parse(clean.toString()).ignored)).toBe(false)
  })
})
