import type { HeadersFunction } from "@remix-run/node"

/**
 * Catalogue pages are the same for every buyer in a language, so shared caches may keep them
 * briefly; `Vary: Cookie` keeps the Vietnamese and English versions apart (the `lang` cookie).
 */
export const PUBLIC_PAGE_CACHE = {
  "Cache-Control": "public, max-age=60, stale-while-revalidate=300",
  Vary: "Cookie",
} as const

/** Pages that must reflect the register at once (certificate checks) or that are per-buyer. */
export const NO_STORE = { "Cache-Control": "no-store" } as const

/** Route `headers` export: a thrown error's headers win, so a 503 is never cached as a page. */
export const forwardLoaderHeaders: HeadersFunction = ({ loaderHeaders, errorHeaders }) => {
  if (errorHeaders) return errorHeaders
  return loaderHeaders
}
