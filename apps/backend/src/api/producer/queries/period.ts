import { daysInMonth, formatCalendarDay, vietnamCalendarDay, vietnamDayRange } from "@ocop/domain"

/** A sales period of whole Vietnam days: `from`–`to` as given, [start, end) as instants. */
export type SalesPeriod = { from: string; to: string; start: Date; end: Date }

/**
 * The period from `from` to `to` inclusive (yyyy-mm-dd, Vietnam days); either side defaults to the
 * current Vietnam month's first or last day.
 */
export function salesPeriod(input: { from?: string; to?: string }, now = new Date()): SalesPeriod {
  const today = vietnamCalendarDay(now)
  const from = input.from ?? formatCalendarDay({ ...today, day: 1 })
  const to = input.to ?? formatCalendarDay({ ...today, day: daysInMonth(today.year, today.month) })
  return { from, to, start: vietnamDayRange(from).start, end: vietnamDayRange(to).end }
}

/** The current Vietnam month as a sales period (the dashboard's "this month"). */
export function thisMonth(now = new Date()): SalesPeriod {
  return salesPeriod({}, now)
}
