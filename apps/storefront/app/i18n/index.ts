import { createContext, useContext } from "react"
import { vi, type MessageKey } from "./vi"

export type { MessageKey }

/** Languages the storefront speaks; the first is the default. */
export const LOCALES = ["vi", "en"] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = "vi"

export type Dictionary = Record<MessageKey, string>

/**
 * Not every string is bundled with every page. Vietnamese (the default, and the fallback for a
 * missing string) holds the shop-wide strings from the start; the checkout's and account pages' are
 * registered by those routes (checkout-strings.ts). English is registered by the server at boot
 * (dictionaries.server.ts) and fetched by the browser before it hydrates an English page
 * (entry.client.tsx). So a Vietnamese catalogue or product page carries ~4.6 KB gzip less JavaScript.
 */
const dictionaries: Partial<Record<Locale, Partial<Dictionary>>> = { vi: { ...vi } }

/** Makes (more of) a language's strings available to translate(). */
export function registerDictionary(locale: Locale, strings: Partial<Dictionary>): void {
  dictionaries[locale] = { ...dictionaries[locale], ...strings }
}

/** Fetches the English strings in the browser unless they are already here. */
export async function loadDictionary(locale: Locale): Promise<void> {
  if (locale === "en" && !dictionaries.en) registerDictionary("en", (await import("./en")).en)
}

/** Narrows any value (cookie, form field) to a supported locale, or null. */
export function parseLocale(value: unknown): Locale | null {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value) ? (value as Locale) : null
}

export type MessageParams = Record<string, string | number>

/** Looks a message up and fills its {placeholders}; unknown placeholders stay visible to catch typos. */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  // A string that is not here (yet) shows its key rather than breaking the page.
  const template = dictionaries[locale]?.[key] ?? dictionaries.vi?.[key] ?? key
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
