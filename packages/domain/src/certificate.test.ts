import fc from "fast-check"
import { describe, expect, it } from "vitest"
import {
  CERTIFICATE_NUMBER_LENGTH,
  normalizeCertificateNumber,
  certificateStatus,
  CERTIFICATE_VALIDITY_MONTHS,
  daysUntilExpiry,
  defaultValidUntil,
  isExpiringSoon,
  isInForce,
  lastDayOfTerm,
} from "./certificate"
import { toIsoDate } from "./dates"
import { dateOnly, daysInMonth, vietnamCalendarDay } from "./vn-time"

const day = (iso: string) => new Date(iso)
const until = (iso: string) => toIsoDate(defaultValidUntil(day(iso)))

describe("defaultValidUntil", () => {
  it("is valid for 36 months", () => {
    expect(CERTIFICATE_VALIDITY_MONTHS).toBe(36)
  })

  it("ends the day before the same day 36 months later", () => {
    expect(until("2021-03-15")).toBe("2024-03-14")
    expect(until("2021-05-31")).toBe("2024-05-30")
    expect(until("2021-02-28")).toBe("2024-02-27")
    expect(until("2022-12-31")).toBe("2025-12-30")
  })

  it("runs to the last day of the previous month for a term starting on the 1st", () => {
    expect(until("2021-01-01")).toBe("2023-12-31")
    expect(until("2021-03-01")).toBe("2024-02-29")
    expect(until("2022-03-01")).toBe("2025-02-28")
  })

  it("runs a 29 February start to the end of February, never cutting the term short", () => {
    expect(until("2020-02-29")).toBe("2023-02-28")
  })

  it("reads validFrom as a Vietnam calendar day", () => {
    // 2021-03-14T17:00Z is midnight of 15 March in Vietnam.
    expect(toIsoDate(defaultValidUntil(new Date("2021-03-14T17:00:00Z")))).toBe("2024-03-14")
    // 20:00 UTC on the 15th is 03:00 on the 16th in Vietnam.
    expect(toIsoDate(defaultValidUntil(new Date("2021-03-15T20:00:00Z")))).toBe("2024-03-15")
  })

  it("returns a date-only value at UTC midnight", () => {
    expect(defaultValidUntil(day("2021-03-15")).toISOString()).toBe("2024-03-14T00:00:00.000Z")
  })

  it("leaves a term that ends the day before the anniversary (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60_000 }), fc.integer({ min: 1, max: 48 }), (offset, months) => {
        const from = dateOnly(2000, 1, 1 + offset)
        const { year, month, day: d } = vietnamCalendarDay(from)
        const last = lastDayOfTerm(from, months)
        const next = vietnamCalendarDay(new Date(last.getTime() + 86_400_000))
        const target = (month - 1 + months) % 12
        const targetYear = year + Math.floor((month - 1 + months) / 12)
        if (d <= daysInMonth(targetYear, target + 1)) {
          expect(next).toEqual({ year: targetYear, month: target + 1, day: d })
        } else {
          expect(next).toEqual({ year: targetYear + (target === 11 ? 1 : 0), month: ((target + 1) % 12) + 1, day: 1 })
        }
      }),
    )
  })
})

describe("certificateStatus", () => {
  const cert = { validFrom: day("2021-03-15"), validUntil: day("2024-03-14") }

  it("is valid through the last minute of validUntil in Vietnam and expired from midnight after", () => {
    expect(certificateStatus(cert, new Date("2024-03-14T16:59:59.999Z"))).toBe("valid")
    expect(certificateStatus(cert, new Date("2024-03-14T17:00:00.000Z"))).toBe("expired")
  })

  it("gives the same answer when validUntil is stored as Vietnam midnight", () => {
    const vnMidnight = { ...cert, validUntil: new Date("2024-03-13T17:00:00Z") }
    expect(certificateStatus(vnMidnight, new Date("2024-03-14T16:59:59Z"))).toBe("valid")
    expect(certificateStatus(vnMidnight, new Date("2024-03-14T17:00:00Z"))).toBe("expired")
  })

  it("is revoked from revokedAt on, even before expiry, and revocation beats expiry", () => {
    const revokedAt = new Date("2022-06-01T03:00:00Z")
    expect(certificateStatus({ ...cert, revokedAt }, new Date("2022-06-01T02:59:59Z"))).toBe("valid")
    expect(certificateStatus({ ...cert, revokedAt }, revokedAt)).toBe("revoked")
    expect(certificateStatus({ ...cert, revokedAt }, new Date("2030-01-01"))).toBe("revoked")
    expect(certificateStatus({ ...cert, revokedAt: null }, new Date("2030-01-01"))).toBe("expired")
  })

  it("rejects an invalid now", () => {
    expect(() => certificateStatus(cert, new Date("nope"))).toThrow(RangeError)
  })
})

describe("isInForce", () => {
  const cert = { validFrom: day("2021-03-15"), validUntil: day("2024-03-14") }

  it("starts at midnight of validFrom in Vietnam", () => {
    expect(certificateStatus(cert, new Date("2021-03-14T16:59:59Z"))).toBe("valid")
    expect(isInForce(cert, new Date("2021-03-14T16:59:59Z"))).toBe(false)
    expect(isInForce(cert, new Date("2021-03-14T17:00:00Z"))).toBe(true)
  })

  it("ends with expiry or revocation", () => {
    expect(isInForce(cert, new Date("2024-03-14T16:59:59Z"))).toBe(true)
    expect(isInForce(cert, new Date("2024-03-14T17:00:00Z"))).toBe(false)
    expect(isInForce({ ...cert, revokedAt: day("2022-01-01") }, day("2022-01-02"))).toBe(false)
  })
})

describe("daysUntilExpiry and isExpiringSoon", () => {
  const validUntil = day("2024-03-14")

  it("counts Vietnam calendar days: 0 on the last valid day, -1 the day after", () => {
    expect(daysUntilExpiry(validUntil, new Date("2024-03-14T16:59:59Z"))).toBe(0)
    expect(daysUntilExpiry(validUntil, new Date("2024-03-14T17:00:00Z"))).toBe(-1)
    expect(daysUntilExpiry(validUntil, new Date("2024-03-12T18:00:00Z"))).toBe(1)
  })

  it("flags the last 90 days, and not expired certificates", () => {
    // 15/12/2023 → 14/03/2024 is 16 + 31 + 29 + 14 = 90 days (2024 is a leap year).
    expect(daysUntilExpiry(validUntil, new Date("2023-12-15T05:00:00Z"))).toBe(90)
    expect(isExpiringSoon(validUntil, new Date("2023-12-15T05:00:00Z"))).toBe(true)
    expect(isExpiringSoon(validUntil, new Date("2023-12-14T05:00:00Z"))).toBe(false)
    expect(isExpiringSoon(validUntil, new Date("2024-03-15T05:00:00Z"))).toBe(false)
    // 13/02/2024 → 14/03/2024 is 16 + 14 = 30 days.
    expect(isExpiringSoon(validUntil, new Date("2024-02-13T05:00:00Z"), 30)).toBe(true)
    expect(isExpiringSoon(validUntil, new Date("2024-02-12T05:00:00Z"), 30)).toBe(false)
  })
})

describe("normalizeCertificateNumber", () => {
  it("trims and collapses spaces, keeping case", () => {
    expect(normalizeCertificateNumber("  LC-2021-0012 ")).toBe("LC-2021-0012")
    expect(normalizeCertificateNumber("123/QĐ  UBND")).toBe("123/QĐ UBND")
  })

  it("accepts exactly the lengths the register accepts", () => {
    const { min, max } = CERTIFICATE_NUMBER_LENGTH
    expect(normalizeCertificateNumber("x".repeat(min))).toBe("x".repeat(min))
    expect(normalizeCertificateNumber("x".repeat(max))).toBe("x".repeat(max))
    expect(normalizeCertificateNumber("x".repeat(min - 1))).toBeNull()
    expect(normalizeCertificateNumber("x".repeat(max + 1))).toBeNull()
  })

  it("rejects empty or odd input", () => {
    expect(normalizeCertificateNumber("")).toBeNull()
    expect(normalizeCertificateNumber("<script>")).toBeNull()
    expect(normalizeCertificateNumber(undefined)).toBeNull()
  })
})
