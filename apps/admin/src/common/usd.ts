import { formatMoney, usdAmountFromCents } from "@ocop/domain"

/**
 * Dollars written the same way in both console languages ("$8.80"): USD amounts are for buyers
 * abroad, and one way of writing them keeps lists, review pages, orders and forms in agreement.
 */
export function formatUsd(dollars: number): string {
  return formatMoney(dollars, "usd", "en")
}

/** US cents as dollars ("$8.80"); empty for no price, and anything not whole cents shown raw rather than guessed. */
export function formatUsdCents(cents: unknown): string {
  if (typeof cents === "number" && Number.isInteger(cents)) return formatUsd(usdAmountFromCents(cents))
  return cents == null ? "" : String(cents)
}
