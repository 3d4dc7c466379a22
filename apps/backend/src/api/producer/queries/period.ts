import { daysInMonth, formatCalendarDay, isoDateToDate, VIETNAM_UTC_OFFSET_MS, vietnamCalendarDay } from "@ocop/domain"

const DAY_MS = 86_400_000

/** A sales period of whole Vietnam days: `from`–`to` as given, [start, end) as instants. */
export type SalesPeriod = { from: string; to: string; start: Date; end: Date }

/**
 * The period from `from` to `to` inclusive (yyyy-mm-dd, Vietnam days); either side defaults to the
 * current Vietnam month's first or last day. A Vietnam day starts at 17:00 UTC the day before.
 */
export function salesPeriod(input: { from?: string; to?: string }, now = new Date()): SalesPeriod {
  const today = vietnamCalendarDay(now)
  const from = input.from ?? formatCalendarDay({ ...today, day: 1 })
  const to = input.to ?? formatCalendarDay({ ...today, day: daysInMonth(today.year, today.month) })
  const start = new Date(isoDateToDate(from)!.getTime() - VIETNAM_UTC_OFFSET_MS)
  const end = new Date(isoDateToDate(to)!.getTime() + DAY_MS - VIETNAM_UTC_OFFSET_MS)
  return { from, to, start, end }
}

/** The current Vietnam month as a sales period (the dashboard's "this month"). */
export function thisMonth(now = new Date()): SalesPeriod {
  return salesPeriod({}, now)
}
