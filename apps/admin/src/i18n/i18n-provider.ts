import polyglotI18nProvider from "ra-i18n-polyglot"
import type { I18nProvider } from "react-admin"
import { englishAllMessages } from "./en"
import { vietnameseMessages } from "./vi"

export type ConsoleLocale = "vi" | "en"

export const LOCALES = [
  { locale: "vi", name: "Tiếng Việt" },
  { locale: "en", name: "English" },
]

/**
 * Vietnamese first (the main language), English on demand. react-admin keeps the chosen locale
 * in its store (localStorage), so the choice survives reloads.
 */
export const i18nProvider: I18nProvider = polyglotI18nProvider(
  (locale) => (locale === "en" ? englishAllMessages : vietnameseMessages),
  "vi",
  LOCALES,
)

/** Narrows react-admin's locale string to the two the domain package speaks. */
export function domainLocale(locale: string | undefined): ConsoleLocale {
  return locale === "en" ? "en" : "vi"
}
