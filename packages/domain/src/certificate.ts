/**
 * OCOP certificate validity (docs/domain.md §1): 36 months, revocable after inspection.
 *
 * Certificate dates are calendar days. A Date standing for a day is read as its calendar day in
 * Vietnam time, so both UTC midnight (`new Date('2024-03-14')`) and Vietnam midnight
 * (2024-03-13T17:00Z) mean 14 March. See docs/decisions/001-certificate-validity-day.md.
 */
import { assertValidDate, dateOnly, daysInMonth, vietnamCalendarDay, vietnamDayNumber } from "./vn-time"

/** Length of a certificate number, in characters: the register's rule, and the check page's. */
export const CERTIFICATE_NUMBER_LENGTH = { min: 3, max: 50 } as const

/**
 * Tidies a certificate number someone typed (a buyer on the check page): trims it and collapses inner
 * spaces. Case is kept because the register is the authority on how numbers are written. Null when it
 * cannot be a certificate number: too short or long for the register, or odd characters.
 */
export function normalizeCertificateNumber(input: unknown): string | null {
  if (typeof input !== "string") return null
  const value = input.trim().replace(/\s+/g, " ")
  if (value.length < CERTIFICATE_NUMBER_LENGTH.min || value.length > CERTIFICATE_NUMBER_LENGTH.max) return null
  if (!/^[\p{L}\p{N}][\p{L}\p{N} ./_-]*$/u.test(value)) return null
  return value
}

/** How long a certificate is valid, in calendar months. */
export const CERTIFICATE_VALIDITY_MONTHS = 36

/** Lifecycle status of a certificate. Not-yet-started certificates are 'valid'; see isInForce. */
export type CertificateStatus = "valid" | "expired" | "revoked"

/** All certificate statuses. */
export const CERTIFICATE_STATUSES = ["valid", "expired", "revoked"] as const satisfies readonly CertificateStatus[]

/** The dates that decide a certificate's status. */
export interface CertificateDates {
  validFrom: Date
  validUntil: Date
  revokedAt?: Date | null
}

/** Days before expiry from which a certificate counts as expiring soon. */
export const EXPIRING_SOON_DAYS = 90

/**
 * Last valid day of a term of `months` calendar months starting on `validFrom` (inclusive).
 * The term ends the day before the same day-of-month `months` later (15/03/2021 → 14/03/2024);
 * when that month is too short (29 Feb into a common year) the term runs to the month's last day,
 * so a certificate is never shorter than its term. Returns a date-only value (UTC midnight).
 */
export function lastDayOfTerm(validFrom: Date, months: number): Date {
  if (!Number.isInteger(months) || months < 1) throw new RangeError("months must be a positive integer")
  const { year, month, day } = vietnamCalendarDay(validFrom)
  const monthIndex = month - 1 + months
  const endYear = year + Math.floor(monthIndex / 12)
  const endMonth = (monthIndex % 12) + 1
  const lastDay = daysInMonth(endYear, endMonth)
  if (day > lastDay) return dateOnly(endYear, endMonth, lastDay)
  // dateOnly normalises day 0 to the last day of the previous month (a term starting on the 1st).
  return dateOnly(endYear, endMonth, day - 1)
}

/** Default valid_until of a certificate: its last valid day, 36 months after validFrom minus one day. */
export function defaultValidUntil(validFrom: Date): Date {
  return lastDayOfTerm(validFrom, CERTIFICATE_VALIDITY_MONTHS)
}

/**
 * Status of a certificate at `now`. Revocation wins once revokedAt has passed; otherwise it is
 * expired from the first Vietnam calendar day after validUntil (validUntil itself is still valid).
 */
export function certificateStatus(cert: CertificateDates, now: Date = new Date()): CertificateStatus {
  assertValidDate(now, "now")
  if (cert.revokedAt != null) {
    assertValidDate(cert.revokedAt, "revokedAt")
    if (cert.revokedAt.getTime() <= now.getTime()) return "revoked"
  }
  return vietnamDayNumber(now) > vietnamDayNumber(cert.validUntil) ? "expired" : "valid"
}

/**
 * True when the product may carry the OCOP badge at `now`: status 'valid' and validFrom's Vietnam
 * calendar day has begun (a certificate dated ahead is recorded but not yet in force).
 */
export function isInForce(cert: CertificateDates, now: Date = new Date()): boolean {
  return certificateStatus(cert, now) === "valid" && vietnamDayNumber(now) >= vietnamDayNumber(cert.validFrom)
}

/**
 * Whole Vietnam calendar days from today to validUntil: 0 on the last valid day, negative once expired.
 */
export function daysUntilExpiry(validUntil: Date, now: Date = new Date()): number {
  return vietnamDayNumber(validUntil) - vietnamDayNumber(now)
}

/** True when the certificate is still valid but its last day is at most `withinDays` days away. */
export function isExpiringSoon(validUntil: Date, now: Date = new Date(), withinDays = EXPIRING_SOON_DAYS): boolean {
  const days = daysUntilExpiry(validUntil, now)
  return days >= 0 && days <= withinDays
}
