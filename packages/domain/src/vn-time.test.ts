import fc from "fast-check"
import { describe, expect, it } from "vitest"
import {
  addDays,
  dateOnly,
  daysInMonth,
  isRealCalendarDay,
  vietnamCalendarDay,
  vietnamDayNumber,
  vietnamDayRange,
  vietnamDayStart,
  vietnamIsoDay,
  vietnamToday,
} from "./vn-time"

const intlVietnamDay = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Ho_Chi_Minh",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
})

describe("Vietnam calendar days", () => {
  it("runs the suite in a zone far from Vietnam, so local-time mistakes show up", () => {
    expect(new Date(2021, 0, 1).getTimezoneOffset()).toBeGreaterThan(0)
  })

  it("agrees with the Asia/Ho_Chi_Minh zone of ICU (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1980, 0, 1), max: Date.UTC(2100, 0, 1) }), (ms) => {
        const { year, month, day } = vietnamCalendarDay(new Date(ms))
        const expected = intlVietnamDay.format(new Date(ms))
        expect(`${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`).toBe(expected)
      }),
    )
  })

  it("changes day at 17:00 UTC", () => {
    expect(vietnamCalendarDay(new Date("2021-12-31T16:59:59Z"))).toEqual({ year: 2021, month: 12, day: 31 })
    expect(vietnamCalendarDay(new Date("2021-12-31T17:00:00Z"))).toEqual({ year: 2022, month: 1, day: 1 })
    expect(
      vietnamDayNumber(new Date("2021-12-31T17:00:00Z")) - vietnamDayNumber(new Date("2021-12-31T16:59:59Z")),
    ).toBe(1)
  })

  it("knows month lengths and leap years", () => {
    expect(daysInMonth(2024, 2)).toBe(29)
    expect(daysInMonth(2021, 2)).toBe(28)
    expect(daysInMonth(1900, 2)).toBe(28)
    expect(daysInMonth(2000, 2)).toBe(29)
    expect(daysInMonth(2021, 12)).toBe(31)
    expect(isRealCalendarDay(2021, 2, 31)).toBe(false)
    expect(isRealCalendarDay(2021, 13, 1)).toBe(false)
  })

  it("builds date-only values at UTC midnight, normalising day 0 across a year", () => {
    expect(dateOnly(2024, 3, 14).toISOString()).toBe("2024-03-14T00:00:00.000Z")
    expect(dateOnly(2024, 1, 0).toISOString()).toBe("2023-12-31T00:00:00.000Z")
  })

  it("takes today from the Vietnam clock: 31 December at 17:30 UTC is already 1 January", () => {
    expect(vietnamToday(new Date("2026-12-31T17:30:00Z")).toISOString()).toBe("2027-01-01T00:00:00.000Z")
    expect(vietnamToday(new Date("2026-12-31T16:59:59Z")).toISOString()).toBe("2026-12-31T00:00:00.000Z")
  })

  it("adds days across months, leap days and years, either way", () => {
    expect(addDays(dateOnly(2024, 2, 28), 1).toISOString()).toBe("2024-02-29T00:00:00.000Z")
    expect(addDays(dateOnly(2027, 1, 1), -1).toISOString()).toBe("2026-12-31T00:00:00.000Z")
    expect(addDays(dateOnly(2026, 12, 4), 0).toISOString()).toBe("2026-12-04T00:00:00.000Z")
    expect(() => addDays(dateOnly(2026, 12, 4), 0.5)).toThrow(RangeError)
  })

  it("starts each Vietnam day at the instant its calendar day begins (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1980, 0, 1), max: Date.UTC(2100, 0, 1) }), (ms) => {
        const day = vietnamCalendarDay(new Date(ms))
        const start = vietnamDayStart(day)
        expect(start.getTime()).toBeLessThanOrEqual(ms)
        expect(ms - start.getTime()).toBeLessThan(24 * 60 * 60 * 1000)
        expect(vietnamCalendarDay(start)).toEqual(day)
        expect(vietnamCalendarDay(new Date(start.getTime() - 1))).not.toEqual(day)
      }),
    )
  })

  it("spans a Vietnam day from its start to the next day's start, and names the day of an instant (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1980, 0, 1), max: Date.UTC(2100, 0, 1) }), (ms) => {
        const day = vietnamIsoDay(new Date(ms))
        expect(day).toBe(intlVietnamDay.format(new Date(ms)))
        const { start, end } = vietnamDayRange(day)
        expect(start.getTime()).toBeLessThanOrEqual(ms)
        expect(end.getTime()).toBeGreaterThan(ms)
        expect(end.getTime() - start.getTime()).toBe(24 * 60 * 60 * 1000)
        expect(vietnamIsoDay(end)).not.toBe(day)
      }),
    )
    expect(() => vietnamDayRange("2026-02-30")).toThrow(RangeError)
    expect(() => vietnamDayRange("30/01/2026")).toThrow(RangeError)
  })
})
