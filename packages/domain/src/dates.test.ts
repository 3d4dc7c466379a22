import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { formatDateVi, isIsoDate, isoDateToDate, isoDaysFromToday, parseDateVi, toIsoDate } from "./dates"

describe("formatDateVi", () => {
  it("shows the Vietnam calendar day as dd/mm/yyyy", () => {
    expect(formatDateVi(new Date("2021-03-14T17:00:00Z"))).toBe("15/03/2021")
    expect(formatDateVi(new Date("2021-12-31T16:59:59Z"))).toBe("31/12/2021")
    expect(formatDateVi(new Date("2021-12-31T17:00:00Z"))).toBe("01/01/2022")
  })

  it("reads ISO strings, a bare yyyy-mm-dd as that day", () => {
    expect(formatDateVi("2021-02-04")).toBe("04/02/2021")
    expect(formatDateVi("2021-02-04T20:00:00Z")).toBe("05/02/2021")
  })

  it("throws on invalid input", () => {
    expect(() => formatDateVi("2021-02-31")).toThrow(RangeError)
    expect(() => formatDateVi("yesterday")).toThrow(RangeError)
    expect(() => formatDateVi(new Date(Number.NaN))).toThrow(RangeError)
  })
})

describe("parseDateVi", () => {
  it("parses dd/mm/yyyy to that day", () => {
    expect(toIsoDate(parseDateVi("15/03/2021") as Date)).toBe("2021-03-15")
    expect(toIsoDate(parseDateVi("1/3/2021") as Date)).toBe("2021-03-01")
    expect(toIsoDate(parseDateVi("29/02/2024") as Date)).toBe("2024-02-29")
    expect(parseDateVi("04/02/2021")?.toISOString()).toBe("2021-02-04T00:00:00.000Z")
  })

  it.each([
    "31/02/2021",
    "29/02/2021",
    "31/04/2021",
    "00/01/2021",
    "32/01/2021",
    "15/13/2021",
    "2021-03-15",
    "15-03-2021",
    "",
  ])("rejects %j", (text) => {
    expect(parseDateVi(text)).toBeNull()
  })

  it("round-trips through formatDateVi (property)", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1990-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }),
        (date) => {
          const parsed = parseDateVi(formatDateVi(date))
          expect(parsed).not.toBeNull()
          expect(toIsoDate(parsed as Date)).toBe(toIsoDate(date))
        },
      ),
    )
  })
})

describe("toIsoDate and isIsoDate", () => {
  it("gives yyyy-mm-dd in Vietnam time", () => {
    expect(toIsoDate(new Date("2021-03-14T17:00:00Z"))).toBe("2021-03-15")
    expect(toIsoDate(new Date("2021-03-14T16:59:59Z"))).toBe("2021-03-14")
    expect(toIsoDate("2024-02-29")).toBe("2024-02-29")
  })

  it("accepts only real days in yyyy-mm-dd form", () => {
    expect(isIsoDate("2024-02-29")).toBe(true)
    expect(isIsoDate("2021-02-29")).toBe(false)
    expect(isIsoDate("2021-3-1")).toBe(false)
    expect(isIsoDate("2021-03-01T00:00:00Z")).toBe(false)
    expect(isoDateToDate("2021-03-01")?.toISOString()).toBe("2021-03-01T00:00:00.000Z")
  })
})

describe("isoDaysFromToday", () => {
  it("counts from the Vietnam day, so the evening of 31 December UTC already counts from 1 January", () => {
    const newYearsEveUtc = new Date("2026-12-31T17:30:00Z")
    expect(isoDaysFromToday(0, newYearsEveUtc)).toBe("2027-01-01")
    expect(isoDaysFromToday(-1, newYearsEveUtc)).toBe("2026-12-31")
    expect(isoDaysFromToday(365, new Date("2027-06-01T03:00:00Z"))).toBe("2028-05-31")
  })
})
