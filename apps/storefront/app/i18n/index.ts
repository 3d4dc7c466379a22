import { createContext, useContext } from "react"
import { en } from "./en"
import { vi, type MessageKey } from "./vi"

export type { MessageKey }

/** Languages the storefront speaks; the first is the default. */
export const LOCALES = ["vi", "en"] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = "vi"

const dictionaries: Record<Locale, Record<MessageKey, string>> = { vi, en }

/** Narrows any value (cookie, form field) to a supported locale, or null. */
export function parseLocale(value: unknown): Locale | null {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value) ? (value as Locale) : null
}

export type MessageParams = Record<string, string | number>

/** Looks a message up and fills its {placeholders}; unknown placeholders stay visible to catch typos. */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const template = dictionaries[locale][key] ?? vi[key]
  if (!params) return template
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match))
}

export type Translate = (key: MessageKey, params?: MessageParams) => string

/** Carries the request's locale from the root loader to every component (and to tests). */
export const LocaleContext = createContext<Locale>(DEFAULT_LOCALE)

/** The current locale. */
export function useLocale(): Locale {
  return useContext(LocaleContext)
}

/** A translate function bound to the current locale. */
export function useT(): Translate {
  const locale = useLocale()
  return (key, params) => translate(locale, key, params)
}
