/**
 * US-dollar prices for the international region. Our APIs carry them as whole cents (as
 * `price_usd` of the producer API does); Medusa stores dollars as decimals (6.4 for $6.40), so
 * amounts are converted only at the Medusa boundary, and people type dollars ("6.40").
 */

// Dollars with at most two decimals, "." or "," as the decimal mark; no thousands separators:
// "1.500" means 1500 to a Vietnamese reader and 1.5 to an American one, so it is refused, not guessed.
const DOLLARS = /^(\d+)(?:[.,](\d{1,2}))?$/
const MARKER = /^(?:us\$|\$|usd|đô|đô la)$/iu

/** Reads dollars typed by people ("6.40", "6,4", "$6.40", "6.40 USD", "12") as cents; null when unreadable. */
export function tryParseUsdCents(text: string): number | null {
  if (typeof text !== "string") return null
  const match = /^(\D*?)\s*([\d.,]*\d)\s*(\D*)$/u.exec(text.normalize("NFC").trim())
  if (!match) return null
  const [, before = "", number = "", after = ""] = match
  if (before.trim() && after.trim()) return null
  const marker = (before || after).trim()
  if (marker && !MARKER.test(marker)) return null
  const dollars = DOLLARS.exec(number)
  if (!dollars) return null
  const cents = Number(dollars[1]) * 100 + Number((dollars[2] ?? "").padEnd(2, "0"))
  return Number.isSafeInteger(cents) ? cents : null
}

/** Cents as the dollars people type back into a form: 640 → "6.40". */
export function usdCentsText(cents: number): string {
  const sign = cents < 0 ? "-" : ""
  const abs = Math.abs(Math.round(cents))
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`
}

/** Medusa's stored amount (dollars, decimal) for a number of cents. */
export function usdAmountFromCents(cents: number): number {
  return Math.round(cents) / 100
}

/** Whole cents for Medusa's stored amount in dollars (6.4 → 640), rounding away float noise. */
export function usdCentsFromAmount(amount: number | string): number {
  return Math.round(Number(amount) * 100)
}

/**
 * An amount of Medusa's as people are shown it: whole đồng, or whole cents of a dollar (Medusa keeps
 * the tax-exclusive parts of tax-inclusive prices with fractions of the smallest unit).
 */
export function shownAmount(amount: number, currencyCode: string): number {
  return currencyCode.toLowerCase() === "vnd" ? Math.round(amount) : usdAmountFromCents(usdCentsFromAmount(amount))
}
