import {
  districtName,
  isDistrictCode,
  isProducerKind,
  isProductGroupCode,
  ORIGIN_DISTRICTS,
  PRODUCER_KINDS,
  PRODUCT_GROUPS,
  producerKindName,
  productGroupName,
} from "@ocop/domain"
import { useMemo } from "react"
import { useLocaleState } from "react-admin"
import { domainLocale, type ConsoleLocale } from "../i18n/i18n-provider"

export interface Choice {
  id: string
  name: string
}

type Named = { readonly code: string; readonly nameVi: string; readonly nameEn: string }

/** react-admin choices from one of the domain's code lists, in the console's locale. */
export function choicesOf(list: readonly Named[], locale: ConsoleLocale): Choice[] {
  return list.map((item) => ({ id: item.code, name: locale === "en" ? item.nameEn : item.nameVi }))
}

/**
 * Label of a domain code; an unknown code (data from a newer backend) is shown as is rather than
 * crashing the page, because the domain helpers throw on unknown codes.
 */
export function domainLabel(kind: "district" | "producerKind" | "productGroup", code: unknown, locale: ConsoleLocale) {
  if (kind === "district" && isDistrictCode(code)) return districtName(code, locale)
  if (kind === "producerKind" && isProducerKind(code)) return producerKindName(code, locale)
  if (kind === "productGroup" && isProductGroupCode(code)) return productGroupName(code, locale)
  return code == null ? "" : String(code)
}

/** The current console locale narrowed to 'vi' | 'en'. */
export function useDomainLocale(): ConsoleLocale {
  const [locale] = useLocaleState()
  return domainLocale(locale)
}

/** Choices for the nine origin districts, re-computed when the locale changes. */
export function useDistrictChoices(): Choice[] {
  const locale = useDomainLocale()
  return useMemo(() => choicesOf(ORIGIN_DISTRICTS, locale), [locale])
}

/** Choices for producer kinds (HTX, tổ hợp tác, công ty, hộ). */
export function useProducerKindChoices(): Choice[] {
  const locale = useDomainLocale()
  return useMemo(() => choicesOf(PRODUCER_KINDS, locale), [locale])
}

/** Choices for the six OCOP product groups. */
export function useProductGroupChoices(): Choice[] {
  const locale = useDomainLocale()
  return useMemo(() => choicesOf(PRODUCT_GROUPS, locale), [locale])
}
