import {
  districtName,
  formatDateVi,
  formatMoney,
  isDistrictCode,
  isProducerKind,
  isProductGroupCode,
  producerKindName,
  productGroupName,
} from "@ocop/domain"
import type { Locale } from "~/i18n"

// The domain helpers throw on unknown codes; a page must still render if the backend sends a
// code this build does not know yet, so show the raw code instead.

/** Product group name in the current language, or the code itself when unknown. */
export function groupLabel(code: string | null | undefined, locale: Locale): string {
  if (!code) return ""
  return isProductGroupCode(code) ? productGroupName(code, locale) : code
}

/** Origin district name in the current language, or the code itself when unknown. */
export function districtLabel(code: string | null | undefined, locale: Locale): string {
  if (!code) return ""
  return isDistrictCode(code) ? districtName(code, locale) : code
}

/** Producer kind in the current language, or the code itself when unknown. */
export function producerKindLabel(code: string | null | undefined, locale: Locale): string {
  if (!code) return ""
  return isProducerKind(code) ? producerKindName(code, locale) : code
}

/** A price as the buyer reads it ("150.000 ₫"); null when the amount cannot be formatted. */
export function priceLabel(
  price: { amount: number; currency_code: string } | null | undefined,
  locale: Locale,
): string | null {
  if (!price) return null
  try {
    return formatMoney(price.amount, price.currency_code, locale)
  } catch {
    return null
  }
}

/** dd/mm/yyyy in Vietnam time for both languages, as the domain prescribes; "" for missing dates. */
export function dateLabel(value: string | Date | null | undefined): string {
  if (!value) return ""
  try {
    return formatDateVi(value)
  } catch {
    return ""
  }
}

/** The product title in the current language: English when asked for and available. */
export function localizedTitle(item: { title: string; title_en?: string | null }, locale: Locale): string {
  return locale === "en" && item.title_en ? item.title_en : item.title
}
