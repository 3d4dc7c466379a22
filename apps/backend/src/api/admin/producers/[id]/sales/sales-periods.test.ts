import { describe, expect, it } from "vitest"
import { vietnamCalendarDay, VIETNAM_UTC_OFFSET_MS } from "@ocop/domain"
import { salesPeriods } from "./sales-periods"

const HOUR = 3_600_000
const window = (periods: ReturnType<typeof salesPeriods>, key: string) => periods.windows.find((w) => w.key === key)!
const monthKey = (at: Date) => {
  const { year, month } = vietnamCalendarDay(at)
  return `${year}-${String(month).padStart(2, "0")}`
}
/** The instant a Vietnam month begins, from the calendar of `at` in Vietnam. */
const vietnamMonthStart = (at: Date) => {
  const { year, month } = vietnamCalendarDay(at)
  return new Date(Date.UTC(year, month - 1, 1) - VIETNAM_UTC_OFFSET_MS)
}

describe("salesPeriods", () => {
  it("counts months in Vietnam time: half an hour after a Vietnam month begins, UTC is still in the last one", () => {
    const start = vietnamMonthStart(new Date())
    const now = new Date(start.getTime() + HOUR / 2)
    const periods = salesPeriods(now)
    expect(window(periods, "this_month").start).toEqual(start)
    expect(periods.months.at(-1)).toBe(monthKey(now))
    const lastMonth = window(periods, periods.months.at(-2)!)
    expect(lastMonth.end).toEqual(start)
    expect(lastMonth.start).toEqual(vietnamMonthStart(new Date(start.getTime() - HOUR)))
  })

  it("gives twelve contiguous months, oldest first, the current one last, across the turn of the year", () => {
    for (let back = 0; back < 14; back++) {
      const now = new Date(Date.now() - back * 31 * 24 * HOUR)
      const periods = salesPeriods(now)
      expect(periods.months).toHaveLength(12)
      expect(periods.months.at(-1)).toBe(monthKey(now))
      const months = periods.months.map((key) => window(periods, key))
      for (let i = 1; i < months.length; i++) expect(months[i]!.start).toEqual(months[i - 1]!.end)
      expect(months.at(-1)!.start!.getTime()).toBeLessThanOrEqual(now.getTime())
      expect(months.at(-1)!.end!.getTime()).toBeGreaterThan(now.getTime())
      const { year } = vietnamCalendarDay(now)
      expect(window(periods, "this_year").start).toEqual(new Date(Date.UTC(year, 0, 1) - VIETNAM_UTC_OFFSET_MS))
      expect(window(periods, "all_time")).toEqual({ key: "all_time", start: null, end: null })
    }
  })
})
