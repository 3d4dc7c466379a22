import { describe, expect, it } from "vitest"
import { shownAmount, tryParseUsdCents, usdAmountFromCents, usdCentsFromAmount, usdCentsText } from "./usd-cents"

describe("USD prices in cents", () => {
  it("reads dollars as people type them", () => {
    expect(tryParseUsdCents("6.40")).toBe(640)
    expect(tryParseUsdCents("6,4")).toBe(640)
    expect(tryParseUsdCents("$6.40")).toBe(640)
    expect(tryParseUsdCents("US$ 12")).toBe(1200)
    expect(tryParseUsdCents("6.05 USD")).toBe(605)
    expect(tryParseUsdCents("0")).toBe(0)
  })

  it("refuses what it would have to guess: thousands separators, three decimals, other currencies", () => {
    for (const text of ["1.500", "1,500.00", "6.405", "€6", "6 ₫", "six", "", "$ 6 USD", "-6"]) {
      expect({ text, cents: tryParseUsdCents(text) }).toEqual({ text, cents: null })
    }
  })

  it("converts between cents and Medusa dollars without float noise", () => {
    expect(usdAmountFromCents(640)).toBe(6.4)
    expect(usdCentsFromAmount(6.4)).toBe(640)
    expect(usdCentsFromAmount("0.29")).toBe(29)
    expect(usdCentsText(640)).toBe("6.40")
    expect(usdCentsText(5)).toBe("0.05")
    for (let cents = 0; cents < 3000; cents += 7) expect(tryParseUsdCents(usdCentsText(cents))).toBe(cents)
  })
})

describe("shownAmount", () => {
  it("rounds Medusa's fractions to whole đồng and whole cents", () => {
    expect(shownAmount(152727.27, "vnd")).toBe(152727)
    expect(shownAmount(152727.5, "VND")).toBe(152728)
    expect(shownAmount(6.406, "usd")).toBe(6.41)
    expect(shownAmount(0.1 + 0.2, "usd")).toBe(0.3)
  })
})
