import { describe, expect, it } from "vitest"
import { catalogueQuerySchema } from "./catalogue-api"

/** Field → code of a failed parse. */
function errors(input: unknown): Record<string, string> {
  const result = catalogueQuerySchema.safeParse(input)
  if (result.success) return {}
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]))
}

describe("catalogueQuerySchema", () => {
  it("fills defaults for an empty query", () => {
    expect(catalogueQuerySchema.parse({})).toEqual({ sort: "newest", limit: 24, offset: 0 })
  })

  it.each([
    ["4", [4]],
    ["3,4", [3, 4]],
    [
      ["3", "4"],
      [3, 4],
    ],
    [
      ["5", "3,4", "3"],
      [3, 4, 5],
    ],
    ["4, 3 ,4", [3, 4]],
    [
      [5, 3],
      [3, 5],
    ],
  ])("reads stars=%j as %j", (stars, expected) => {
    expect(catalogueQuerySchema.parse({ stars }).stars).toEqual(expected)
  })

  it("treats an empty stars parameter as absent", () => {
    expect(catalogueQuerySchema.parse({ stars: "" }).stars).toBeUndefined()
    expect(catalogueQuerySchema.parse({ stars: "," }).stars).toBeUndefined()
  })

  it("rejects uncertified star levels", () => {
    expect(errors({ stars: "2,4" })).toEqual({ "stars.0": "invalid_star_level" })
  })

  it("strips unknown keys instead of rejecting them", () => {
    expect(catalogueQuerySchema.parse({ page: "2", lang: "en", group: "food" })).toEqual({
      group: "food",
      sort: "newest",
      limit: 24,
      offset: 0,
    })
  })

  it("coerces paging and prices from query strings", () => {
    expect(
      catalogueQuerySchema.parse({
        limit: "48",
        offset: "96",
        price_min: "50000",
        price_max: "200000",
        sort: "price_asc",
      }),
    ).toEqual({ limit: 48, offset: 96, price_min: 50000, price_max: 200000, sort: "price_asc" })
  })

  it("takes the currency of the card prices, vnd or usd, absent meaning vnd", () => {
    expect(catalogueQuerySchema.parse({ currency_code: "usd", price_max: "20" })).toMatchObject({
      currency_code: "usd",
      price_max: 20,
    })
    expect(catalogueQuerySchema.parse({ currency_code: "" }).currency_code).toBeUndefined()
    expect(errors({ currency_code: "eur" })).toEqual({ currency_code: "invalid_value" })
  })

  it("bounds paging and prices", () => {
    expect(errors({ limit: "101" })).toEqual({ limit: "invalid_value" })
    expect(errors({ limit: "0" })).toEqual({ limit: "invalid_value" })
    expect(errors({ offset: "-1" })).toEqual({ offset: "invalid_value" })
    expect(errors({ price_min: "-5" })).toEqual({ price_min: "not_whole_dong" })
    // "150.000" means 150 000 đồng to a Vietnamese reader; it must not be read as 150.
    expect(errors({ price_min: "150.000" })).toEqual({ price_min: "not_whole_dong" })
    expect(errors({ price_min: "300000", price_max: "100000" })).toEqual({ price_max: "price_range_inverted" })
    expect(catalogueQuerySchema.parse({ limit: "100" }).limit).toBe(100)
  })

  it("validates filters and blanks them when empty", () => {
    expect(catalogueQuerySchema.parse({ group: "", district: "", producer: "", sort: "" })).toEqual({
      sort: "newest",
      limit: 24,
      offset: 0,
    })
    expect(errors({ group: "drinks", district: "yen-bai", producer: "Bad Handle", sort: "cheapest" })).toEqual({
      group: "invalid_product_group",
      district: "invalid_district",
      producer: "invalid_handle",
      sort: "invalid_value",
    })
  })

  it("trims the search text, drops it when blank and caps it at 100 characters", () => {
    expect(catalogueQuerySchema.parse({ q: "  nấm hương " }).q).toBe("nấm hương")
    expect(catalogueQuerySchema.parse({ q: "   " }).q).toBeUndefined()
    expect(errors({ q: "x".repeat(101) })).toEqual({ q: "too_long" })
  })
})
