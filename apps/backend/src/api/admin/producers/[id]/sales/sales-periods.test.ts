import { describe, expect, it } from "vitest"
import { salesPeriods } from "./sales-periods"

describe("salesPeriods", () => {
  it("counts months in Vietnam time: 17:30 UTC on 31 January is already February", () => {
    const periods = salesPeriods(new Date("2026-01-31T17:30:00Z"))
    expect(periods.monthStart).toBe("2026-02-01 00:00:00")
    expect(periods.yearStart).toBe("2026-01-01 00:00:00")
    expect(periods.months.at(-1)).toBe("2026-02")
  })

  it("gives twelve months, oldest first, across the turn of the year", () => {
    const periods = salesPeriods(new Date("2026-03-10T03:00:00Z"))
    expect(periods.months).toEqual([
      "2025-04",
      "2025-05",
      "2025-06",
      "2025-07",
      "2025-08",
      "2025-09",
      "2025-10",
      "2025-11",
      "2025-12",
      "2026-01",
      "2026-02",
      "2026-03",
    ])
    expect(periods.chartStart).toBe("2025-04-01 00:00:00")
  })

  it("starts the chart in the previous January when the current month is December", () => {
    const periods = salesPeriods(new Date("2025-12-31T16:59:59Z"))
    expect(periods.months[0]).toBe("2025-01")
    expect(periods.months.at(-1)).toBe("2025-12")
    expect(periods.yearStart).toBe("2025-01-01 00:00:00")
  })
})
