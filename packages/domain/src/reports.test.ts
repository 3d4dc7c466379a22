import { describe, expect, it } from "vitest"
import { fieldErrors } from "./messages"
import { salesReportLabel, salesReportQuerySchema, sortSalesReportRows } from "./reports"

const errorsOf = (query: Record<string, unknown>) => {
  const parsed = salesReportQuerySchema.safeParse(query)
  return parsed.success ? {} : fieldErrors(parsed.error, "en")
}

describe("salesReportQuerySchema", () => {
  it("takes two real days in order and a known grouping, nothing else", () => {
    expect(salesReportQuerySchema.parse({ from: "2026-01-01", to: "2026-01-01", group_by: "day" })).toEqual({
      from: "2026-01-01",
      to: "2026-01-01",
      group_by: "day",
    })
    expect(Object.keys(errorsOf({ from: "2026-02-29", to: "2026-03-01", group_by: "day" }))).toEqual(["from"])
    expect(Object.keys(errorsOf({ from: "2026-03-02", to: "2026-03-01", group_by: "day" }))).toEqual(["to"])
    expect(Object.keys(errorsOf({ from: "2020-01-01", to: "2026-03-01", group_by: "day" }))).toEqual(["to"])
    expect(Object.keys(errorsOf({ from: "2026-03-01", to: "2026-03-01", group_by: "hour" }))).toEqual(["group_by"])
    expect(Object.keys(errorsOf({ from: "2026-03-01", to: "2026-03-01", group_by: "day", x: "1" }))).toEqual(["x"])
    const filtered = { from: "2026-03-01", to: "2026-03-01", group_by: "day", star_level: "4", district: "sa-pa" }
    expect(salesReportQuerySchema.parse(filtered)).toMatchObject({ star_level: 4, district: "sa-pa" })
    expect(Object.keys(errorsOf({ ...filtered, product_group: "cars" }))).toEqual(["product_group"])
  })
})

describe("sales report rows", () => {
  it("names codes and missing keys, and orders time by calendar, groups by revenue", () => {
    expect(salesReportLabel("district", "bac-ha", "bac-ha", "vi")).toBe("Huyện Bắc Hà")
    expect(salesReportLabel("star_level", "4", "4", "vi")).toBe("4 sao")
    expect(salesReportLabel("point_of_sale", "none", "", "en")).toBe("(none)")
    const rows = [
      { key: "2026-01-02", label: "", revenue: 5, revenue_usd: 0, orders: 1, units: 1 },
      { key: "2026-01-01", label: "", revenue: 1, revenue_usd: 0, orders: 1, units: 1 },
    ]
    expect(sortSalesReportRows("day", rows).map((r) => r.key)).toEqual(["2026-01-01", "2026-01-02"])
    expect(sortSalesReportRows("product", rows).map((r) => r.key)).toEqual(["2026-01-02", "2026-01-01"])
  })
})
