/**
 * Money. VND has no minor unit: amounts are whole đồng. Other currencies follow Medusa v2, which
 * stores amounts in the main unit as decimals (12.5 USD is 12.5, not 1250 cents).
 * Consumer prices include VAT (docs/domain.md §9).
 */

const VND_FORMAT = new Intl.NumberFormat("vi-VN", { style: "currency", currency: "VND" })

/** True for a whole, safe-integer number of đồng (negative allowed, e.g. for refunds). */
export function isWholeDong(n: unknown): n is number {
  return typeof n === "number" && Number.isSafeInteger(n)
}

function assertWholeDong(n: number, what = "amount"): void {
  if (!isWholeDong(n)) throw new RangeError(`${what} must be a whole number of đồng, got ${String(n)}`)
}

/** "150.000 ₫" (NBSP before ₫), exactly as Intl vi-VN formats VND; throws on non-integers. */
export function formatVnd(amount: number): string {
  assertWholeDong(amount)
  // -0 would print as "-0 ₫".
  return VND_FORMAT.format(amount === 0 ? 0 : amount)
}

// Marker words around a VND amount: ₫, đ, VND, VNĐ, đồng (any case).
const CURRENCY_MARKER = /^(?:₫|đ|vnđ|vnd|đồng|dong)$/iu
// Digits with optional thousands separators; the separator must be the same throughout.
const GROUPED = /^\d{1,3}(?:([.,\u00a0\u202f ])\d{3})?(?:\1\d{3})*$/u

/**
 * Parses a VND amount, or returns null. Accepts what formatVnd and people write: "150.000 ₫",
 * "150000", "150.000đ", "150,000 VND", "₫150,000", "-1.500 ₫". Because VND has no decimals,
 * "." and "," are only thousands separators; "1,5" or "150.000,00" are rejected, not guessed.
 */
export function tryParseVnd(text: string): number | null {
  if (typeof text !== "string") return null
  let s = text.normalize("NFC").trim()
  let negative = false
  if (/^[-\u2212]/u.test(s)) {
    negative = true
    s = s.slice(1).trim()
  }
  const match = /^(\D*?)\s*([\d.,\u00a0\u202f ]*\d)\s*(\D*)$/u.exec(s)
  if (!match) return null
  const [, before = "", number = "", after = ""] = match
  if (before && after) return null
  const marker = (before || after).trim()
  if (marker && !CURRENCY_MARKER.test(marker)) return null
  if (!/^\d+$/.test(number) && !GROUPED.test(number)) return null
  const value = Number(number.replace(/\D/g, ""))
  if (!Number.isSafeInteger(value)) return null
  return negative && value !== 0 ? -value : value
}

/** Parses a VND amount (see tryParseVnd for accepted forms); throws RangeError when unreadable. */
export function parseVnd(text: string): number {
  const value = tryParseVnd(text)
  if (value === null) throw new RangeError(`Not a VND amount: ${JSON.stringify(text)}`)
  return value
}

/**
 * Formats an amount in the main unit of `currencyCode` (Medusa v2 convention):
 * formatMoney(12.5, 'usd', 'en') → "$12.50", formatMoney(150000, 'vnd', 'vi') → "150.000 ₫".
 * VND amounts must be whole đồng, so a stray fraction is an error, not silently rounded.
 */
export function formatMoney(amount: number, currencyCode: string, locale: "vi" | "en"): string {
  const currency = currencyCode.toUpperCase()
  if (currency === "VND") {
    assertWholeDong(amount)
    if (locale === "vi") return formatVnd(amount)
  } else if (!Number.isFinite(amount)) {
    throw new RangeError(`amount must be finite, got ${String(amount)}`)
  }
  const tag = locale === "vi" ? "vi-VN" : "en-US"
  return new Intl.NumberFormat(tag, { style: "currency", currency }).format(amount === 0 ? 0 : amount)
}

/** A VAT rate in percent as integer basis points (8 → 800); rates beyond two decimals are rejected. */
function rateBasisPoints(ratePercent: number): bigint {
  const bp = Math.round(ratePercent * 100)
  if (
    !Number.isFinite(ratePercent) ||
    ratePercent < 0 ||
    ratePercent > 100 ||
    Math.abs(ratePercent * 100 - bp) > 1e-6
  ) {
    throw new RangeError(`VAT rate must be 0–100 % with at most two decimals, got ${String(ratePercent)}`)
  }
  return BigInt(bp)
}

/** Rounds numerator/denominator (both non-negative) to the nearest integer, halves up. */
function divideHalfUp(numerator: bigint, denominator: bigint): bigint {
  return (2n * numerator + denominator) / (2n * denominator)
}

function toSafeNumber(n: bigint): number {
  const value = Number(n)
  if (!Number.isSafeInteger(value)) throw new RangeError("amount is too large")
  return value
}

/** Gross price from a net price: net + VAT, VAT rounded to whole đồng half up. Exact (BigInt) arithmetic. */
export function addVat(net: number, ratePercent: number): number {
  assertWholeDong(net, "net")
  if (net < 0) throw new RangeError("net must not be negative")
  const bp = rateBasisPoints(ratePercent)
  return toSafeNumber(BigInt(net) + divideHalfUp(BigInt(net) * bp, 10000n))
}

/**
 * Splits a VAT-inclusive price into whole-đồng net and VAT with net + vat === gross. Net is
 * rounded half up, so splitVat(addVat(n, r), r).net === n for every rate.
 */
export function splitVat(gross: number, ratePercent: number): { net: number; vat: number } {
  assertWholeDong(gross, "gross")
  if (gross < 0) throw new RangeError("gross must not be negative")
  const bp = rateBasisPoints(ratePercent)
  const net = toSafeNumber(divideHalfUp(BigInt(gross) * 10000n, 10000n + bp))
  return { net, vat: gross - net }
}
