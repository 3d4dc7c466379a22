import { pad2, vietnamCalendarDay, vietnamDayStart } from "@ocop/domain"
import type { SalesWindow } from "../../../../../queries/producer-sales"

/** A calendar month in Vietnam time, "yyyy-mm". */
export type MonthKey = string

/**
 * The periods a producer's sales are totalled over, as instants where Vietnam days begin: an order
 * counts in the Vietnam month it was placed in (decision 001), so a sale at 23:30 on the last evening
 * of a month counts in that month, not the next one.
 */
export type SalesPeriods = {
  /** this_month, this_year, all_time and one window per month key. */
  windows: SalesWindow[]
  /** The last twelve months, oldest first, the current month last. */
  months: MonthKey[]
}

/** The periods containing `now`: this month, this year, all time and the last twelve months. */
export function salesPeriods(now: Date): SalesPeriods {
  const { year, month } = vietnamCalendarDay(now)
  const months: MonthKey[] = []
  const windows: SalesWindow[] = [
    { key: "this_month", start: vietnamDayStart({ year, month, day: 1 }), end: null },
    { key: "this_year", start: vietnamDayStart({ year, month: 1, day: 1 }), end: null },
    { key: "all_time", start: null, end: null },
  ]
  for (let back = 11; back >= 0; back--) {
    // Month arithmetic on a 0-based month index keeps January − 1 in December of the year before.
    const index = year * 12 + (month - 1) - back
    const y = Math.floor(index / 12)
    const m = (index % 12) + 1
    const key = `${y}-${pad2(m)}`
    months.push(key)
    windows.push({
      key,
      start: vietnamDayStart({ year: y, month: m, day: 1 }),
      end: vietnamDayStart({ year: y, month: m + 1, day: 1 }),
    })
  }
  return { windows, months }
}
