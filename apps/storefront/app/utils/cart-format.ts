import { formatMoney } from "@ocop/domain"
import type { Locale } from "~/i18n"

/**
 * An amount of the cart's currency as the buyer reads it. Medusa keeps tax-exclusive parts of
 * tax-inclusive prices with fractions of a đồng; shown amounts are whole đồng (and whole cents).
 */
export function moneyLabel(amount: number, currencyCode: string, locale: Locale): string {
  const rounded = currencyCode.toLowerCase() === "vnd" ? Math.round(amount) : Math.round(amount * 100) / 100
  return formatMoney(rounded, currencyCode, locale)
}
