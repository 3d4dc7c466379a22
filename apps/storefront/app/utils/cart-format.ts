import { formatMoney, shownAmount } from "@ocop/domain"
import type { Locale } from "~/i18n"

/**
 * An amount of the cart's currency as the buyer reads it. Medusa keeps tax-exclusive parts of
 * tax-inclusive prices with fractions of a đồng; shown amounts are whole đồng (and whole cents).
 */
export function moneyLabel(amount: number, currencyCode: string, locale: Locale): string {
  return formatMoney(shownAmount(amount, currencyCode), currencyCode, locale)
}
