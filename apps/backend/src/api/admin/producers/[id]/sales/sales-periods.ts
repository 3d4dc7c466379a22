import { pad2, vietnamCalendarDay } from "@ocop/domain"

/** A calendar month in Vietnam time, "yyyy-mm". */
export type MonthKey = string

/**
 * The periods a producer's sales are totalled over, as Vietnam local times ("yyyy-mm-dd 00:00"):
 * orders are compared by their creation time shifted to UTC+7 (decision 001), so a sale at 23:30
 * on the last evening of a month counts in that month, not the next one.
 */
export type SalesPeriods = {
  monthStart: string
  yearStart: string
  /** First day of the oldest of the last twelve months (the chart's first bar). */
  chartStart: string
  /** The last twelve months, oldest first, the current month last. */
  months: MonthKey[]
}

/** The periods containing `now`: this month, this year and the last twelve months. */
export function salesPeriods(now: Date): SalesPeriods {
  const { year, month } = vietnamCalendarDay(now)
  const months: MonthKey[] = []
  for (let back = 11; back >= 0; back--) {
    // Month arithmetic on a 0-based month index keeps January − 1 in December of the year before.
    const index = year * 12 + (month - 1) - back
    months.push(`${Math.floor(index / 12)}-${pad2((index % 12) + 1)}`)
  }
  return {
    monthStart: `${year}-${pad2(month)}-01 00:00:00`,
    yearStart: `${year}-01-01 00:00:00`,
    chartStart: `${months[0]}-01 00:00:00`,
    months,
  }
}
