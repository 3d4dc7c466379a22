import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { addVat, formatMoney, formatVnd, isWholeDong, parseVnd, splitVat, tryParseVnd } from "./money"

const NBSP = "\u00a0"
const amounts = fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER })
const prices = fc.integer({ min: 0, max: 10_000_000_000 })
// Rates in hundredths of a percent, including the usual 0, 5, 8 and 10 %.
const rates = fc.oneof(
  fc.constantFrom(0, 5, 8, 10),
  fc.integer({ min: 0, max: 10_000 }).map((bp) => bp / 100),
)

describe("formatVnd", () => {
  it("formats like Intl vi-VN, with a no-break space before ₫", () => {
    expect(formatVnd(150000)).toBe(`150.000${NBSP}₫`)
    expect(formatVnd(150000)).toBe(
      new Intl.NumberFormat("vi-VN", { style: "currency", currency: "VND" }).format(150000),
    )
    expect(formatVnd(0)).toBe(`0${NBSP}₫`)
    expect(formatVnd(-0)).toBe(`0${NBSP}₫`)
    expect(formatVnd(-1500)).toBe(`-1.500${NBSP}₫`)
    expect(formatVnd(1_234_567_890)).toBe(`1.234.567.890${NBSP}₫`)
  })

  it.each([1.5, 0.1, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])("throws on %d", (amount) => {
    expect(() => formatVnd(amount)).toThrow(RangeError)
  })
})

describe("parseVnd", () => {
  it.each([
    ["150.000 ₫", 150000],
    [`150.000${NBSP}₫`, 150000],
    ["150000", 150000],
    ["150.000đ", 150000],
    ["150.000 Đ", 150000],
    ["150,000 VND", 150000],
    ["150.000 VNĐ", 150000],
    ["1 500 000 đồng", 1500000],
    ["₫150,000", 150000],
    ["VND 150,000", 150000],
    ["-1.500 ₫", -1500],
    ["\u22121.500 ₫", -1500],
    ["  7 ", 7],
  ])("reads %j as %d", (text, amount) => {
    expect(parseVnd(text)).toBe(amount)
  })

  it.each([
    "1,5",
    "1.50",
    "150.000,00",
    "1.000,000",
    "150.00.000",
    ".150",
    "",
    "abc",
    "$150",
    "150 USD",
    "₫150 VND",
    "9.007.199.254.740.993",
  ])("rejects %j", (text) => {
    expect(tryParseVnd(text)).toBeNull()
    expect(() => parseVnd(text)).toThrow(RangeError)
  })

  it("inverts formatVnd and the English format (property)", () => {
    fc.assert(
      fc.property(amounts, (amount) => {
        expect(parseVnd(formatVnd(amount))).toBe(amount === 0 ? 0 : amount)
        expect(parseVnd(formatMoney(amount, "VND", "en"))).toBe(amount === 0 ? 0 : amount)
      }),
    )
  })
})

describe("formatMoney", () => {
  it("formats amounts in the main unit, as Medusa v2 stores them", () => {
    expect(formatMoney(12.5, "usd", "en")).toBe("$12.50")
    expect(formatMoney(12.5, "usd", "vi")).toBe(`12,50${NBSP}US$`)
    expect(formatMoney(150000, "vnd", "vi")).toBe(`150.000${NBSP}₫`)
    expect(formatMoney(150000, "VND", "en")).toBe("₫150,000")
  })

  it("refuses fractions of a đồng and non-finite amounts", () => {
    expect(() => formatMoney(1.5, "vnd", "vi")).toThrow(RangeError)
    expect(() => formatMoney(Number.NaN, "usd", "en")).toThrow(RangeError)
  })
})

describe("VAT", () => {
  it("adds VAT rounded half up to whole đồng", () => {
    expect(addVat(100000, 10)).toBe(110000)
    expect(addVat(5, 10)).toBe(6)
    expect(addVat(4, 10)).toBe(4)
    expect(addVat(12345, 8)).toBe(13333)
    expect(addVat(1000, 8.5)).toBe(1085)
    expect(addVat(99, 0)).toBe(99)
  })

  it("rejects bad rates and amounts", () => {
    for (const rate of [-1, 101, 10.001, Number.NaN]) expect(() => addVat(1000, rate)).toThrow(RangeError)
    for (const net of [1.5, -1]) expect(() => addVat(net, 10)).toThrow(RangeError)
    expect(() => splitVat(10.5, 10)).toThrow(RangeError)
  })

  it("splits a gross price into net and VAT", () => {
    expect(splitVat(110000, 10)).toEqual({ net: 100000, vat: 10000 })
    expect(splitVat(13333, 8)).toEqual({ net: 12345, vat: 988 })
    expect(splitVat(1, 10)).toEqual({ net: 1, vat: 0 })
    expect(splitVat(500, 0)).toEqual({ net: 500, vat: 0 })
  })

  it("keeps net + vat === gross in whole đồng (property)", () => {
    fc.assert(
      fc.property(prices, rates, (gross, rate) => {
        const { net, vat } = splitVat(gross, rate)
        expect(net + vat).toBe(gross)
        expect(isWholeDong(net) && isWholeDong(vat)).toBe(true)
        expect(vat).toBeGreaterThanOrEqual(0)
        expect(net).toBeLessThanOrEqual(gross)
      }),
    )
  })

  it("recovers the net price from addVat (property)", () => {
    fc.assert(
      fc.property(prices, rates, (net, rate) => {
        const gross = addVat(net, rate)
        expect(gross).toBeGreaterThanOrEqual(net)
        expect(splitVat(gross, rate)).toEqual({ net, vat: gross - net })
      }),
    )
  })
})
