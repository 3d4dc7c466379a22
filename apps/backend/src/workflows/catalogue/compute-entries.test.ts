import { describe, expect, it } from "vitest"
import { minBasePrice, minVndPrice } from "./compute-entries"

describe("card prices of the catalogue read model", () => {
  const variants = [
    {
      prices: [
        { amount: 150000, currency_code: "vnd" },
        { amount: 6, currency_code: "usd" },
      ],
    },
    {
      prices: [
        { amount: 120000, currency_code: "VND" },
        { amount: 4.8, currency_code: "usd" },
        { amount: 2, currency_code: "usd", price_list_id: "plist_sale" },
      ],
    },
  ]

  it("takes the lowest base price of each currency, ignoring price lists", () => {
    expect(minVndPrice(variants)).toBe(120000)
    expect(minBasePrice(variants, "usd")).toBe(4.8)
  })

  it("is null when no variant has a price in that currency", () => {
    expect(minBasePrice([{ prices: [{ amount: 90000, currency_code: "vnd" }] }], "usd")).toBeNull()
    expect(minBasePrice(undefined, "vnd")).toBeNull()
  })
})
