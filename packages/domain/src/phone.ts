/**
 * Vietnamese mobile numbers (docs/domain.md §9): 10 digits starting 03, 05, 07, 08 or 09, or the same
 * number written internationally as +84 / 84 without the leading 0.
 */

// Separators people type between digit groups.
const SEPARATORS = /[\s.-]/gu
const MOBILE = /^(?:0|\+84|84)([35789]\d{8})$/

/** True for a Vietnamese mobile number, allowing spaces, dots and dashes ("090 123 4567", "+84 90-123-4567"). */
export function isVietnamesePhone(s: string): boolean {
  return normalizeVietnamesePhone(s) !== null
}

/** The number in national form "0xxxxxxxxx", or null when it is not a Vietnamese mobile number. */
export function normalizeVietnamesePhone(s: string): string | null {
  if (typeof s !== "string") return null
  const match = MOBILE.exec(s.trim().replace(SEPARATORS, ""))
  return match ? `0${match[1]}` : null
}
