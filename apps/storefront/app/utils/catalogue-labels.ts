import type { CatalogueQuery } from "@ocop/domain"
import { translate, type Locale } from "~/i18n"
import { districtLabel, groupLabel } from "./format"

/** The catalogue page's heading: the search words, else the chosen group and place, else the default. */
export function catalogueTitle(query: CatalogueQuery, locale: Locale): string {
  if (query.q) return translate(locale, "catalogue.searchTitle", { q: query.q })
  const parts = [groupLabel(query.group, locale), districtLabel(query.district, locale)].filter(Boolean)
  return parts.length > 0 ? parts.join(" · ") : translate(locale, "catalogue.title")
}
