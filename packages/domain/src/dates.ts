/**
 * Vietnamese date display: dd/mm/yyyy in Vietnam time (docs/domain.md §9).
 */
import {
  addDays,
  dateOnly,
  formatCalendarDay,
  isRealCalendarDay,
  pad2,
  vietnamCalendarDay,
  vietnamToday,
} from "./vn-time"

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const VI_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/

/** A Date from a Date or an ISO string; a bare "yyyy-mm-dd" is that calendar day. Throws when invalid. */
function toDate(date: Date | string): Date {
  if (date instanceof Date) {
    if (Number.isNaN(date.getTime())) throw new RangeError("Invalid date")
    return date
  }
  if (typeof date !== "string") throw new RangeError("Invalid date")
  if (ISO_DATE.test(date)) {
    const parsed = isoDateToDate(date)
    if (!parsed) throw new RangeError(`Invalid date: ${date}`)
    return parsed
  }
  const parsed = new Date(date)
  if (Number.isNaN(parsed.getTime())) throw new RangeError(`Invalid date: ${date}`)
  return parsed
}

/** "dd/mm/yyyy" of the Vietnam calendar day of a Date or ISO string; throws RangeError when invalid. */
export function formatDateVi(date: Date | string): string {
  const { year, month, day } = vietnamCalendarDay(toDate(date))
  return `${pad2(day)}/${pad2(month)}/${String(year).padStart(4, "0")}`
}

/** Parses "dd/mm/yyyy" (d/m allowed) to a date-only value (UTC midnight); null for 31/02/2021 and the like. */
export function parseDateVi(text: string): Date | null {
  const match = VI_DATE.exec(text.trim())
  if (!match) return null
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])]
  return isRealCalendarDay(year, month, day) ? dateOnly(year, month, day) : null
}

/** "yyyy-mm-dd" of the Vietnam calendar day of a Date or ISO string; throws RangeError when invalid. */
export function toIsoDate(date: Date | string): string {
  return formatCalendarDay(vietnamCalendarDay(toDate(date)))
}

/** True for a "yyyy-mm-dd" string naming a day that exists. */
export function isIsoDate(text: unknown): text is string {
  return typeof text === "string" && isoDateToDate(text) !== null
}

/** Date-only value (UTC midnight) of a "yyyy-mm-dd" string, or null when malformed or not a real day. */
export function isoDateToDate(text: string): Date | null {
  const match = ISO_DATE.exec(text)
  if (!match) return null
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  return isRealCalendarDay(year, month, day) ? dateOnly(year, month, day) : null
}

/** "yyyy-mm-dd" of the Vietnam day `days` after today (before, when negative): relative dates for data and tests. */
export function isoDaysFromToday(days: number, now: Date = new Date()): string {
  return toIsoDate(addDays(vietnamToday(now), days))
}
