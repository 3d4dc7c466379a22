/**
 * Calendar arithmetic in Vietnam time (Asia/Ho_Chi_Minh).
 *
 * Vietnam has kept UTC+7 with no daylight saving since 1975, so a fixed offset is exact for every
 * date this system will see and does not depend on the machine's zone or on ICU time-zone data.
 */

/** Offset of Vietnam time from UTC, in milliseconds. */
export const VIETNAM_UTC_OFFSET_MS = 7 * 60 * 60 * 1000

const MS_PER_DAY = 24 * 60 * 60 * 1000

/** A calendar day: month is 1–12. */
export interface CalendarDay {
  year: number
  month: number
  day: number
}

/** Throws when `date` is not a valid Date, so bad input never turns into "NaN/NaN/NaN". */
export function assertValidDate(date: Date, what = "date"): void {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
    throw new RangeError(`Invalid ${what}`)
  }
}

/** The calendar day that `date` falls on in Vietnam. */
export function vietnamCalendarDay(date: Date): CalendarDay {
  assertValidDate(date)
  const shifted = new Date(date.getTime() + VIETNAM_UTC_OFFSET_MS)
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() }
}

/** Days since 1970-01-01 of the Vietnam calendar day containing `date`; differences count whole days. */
export function vietnamDayNumber(date: Date): number {
  assertValidDate(date)
  return Math.floor((date.getTime() + VIETNAM_UTC_OFFSET_MS) / MS_PER_DAY)
}

/**
 * A date-only value: UTC midnight of the given day, the same as `new Date('yyyy-mm-dd')`.
 * UTC midnight is 07:00 in Vietnam, so the value reads as the same day in both zones.
 */
export function dateOnly(year: number, month: number, day: number): Date {
  // setUTCFullYear (unlike Date.UTC) does not map years 0–99 to 1900s; it normalises day 0 / overflow.
  const d = new Date(0)
  d.setUTCFullYear(year, month - 1, day)
  return d
}

/** Number of days in a month (month 1–12), leap years included. */
export function daysInMonth(year: number, month: number): number {
  return dateOnly(year, month + 1, 0).getUTCDate()
}

/** True when year/month/day name a day that exists (rejects 31/02 and 29/02 of common years). */
export function isRealCalendarDay(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  )
}

/** "yyyy-mm-dd" for a calendar day. */
export function formatCalendarDay({ year, month, day }: CalendarDay): string {
  return `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(day)}`
}

/** Two-digit zero padding. */
export function pad2(n: number): string {
  return String(n).padStart(2, "0")
}

/** The Vietnam calendar day of `now` as a date-only value (UTC midnight): "today" for every date rule. */
export function vietnamToday(now: Date = new Date()): Date {
  const { year, month, day } = vietnamCalendarDay(now)
  return dateOnly(year, month, day)
}

/** The calendar day `days` after (or, when negative, before) the day of `day`, as a date-only value. */
export function addDays(day: Date, days: number): Date {
  if (!Number.isInteger(days)) throw new RangeError("days must be an integer")
  const { year, month, day: d } = vietnamCalendarDay(day)
  return dateOnly(year, month, d + days)
}

/**
 * The instant a Vietnam calendar day begins: 00:00 in Vietnam, 17:00 UTC the day before. Day 0 and
 * overflowing days or months normalise as in `dateOnly`, so `{day: daysInMonth + 1}` is the next month.
 */
export function vietnamDayStart({ year, month, day }: CalendarDay): Date {
  return new Date(dateOnly(year, month, day).getTime() - VIETNAM_UTC_OFFSET_MS)
}

/**
 * The instants a Vietnam calendar day "yyyy-mm-dd" spans, [start, end): the one conversion from a
 * day people pick to the instants the database compares. Throws on anything but a real day.
 */
export function vietnamDayRange(isoDay: string): { start: Date; end: Date } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay)
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0]
  if (!isRealCalendarDay(year, month, day)) throw new RangeError(`Invalid day ${isoDay}`)
  return { start: vietnamDayStart({ year, month, day }), end: vietnamDayStart({ year, month, day: day + 1 }) }
}

/** The Vietnam calendar day containing `now`, as "yyyy-mm-dd". */
export function vietnamIsoDay(now: Date = new Date()): string {
  return formatCalendarDay(vietnamCalendarDay(now))
}
