import type { MedusaResponse } from "@medusajs/framework/http"

/** Response header saying whether the body came from the catalogue cache (hit) or not (miss). */
export const CATALOGUE_CACHE_HEADER = "x-catalogue-cache"

/**
 * Sends `body` as JSON exactly as res.json would (same bytes, same Content-Type) and returns the
 * serialised text so it can be cached.
 */
export function sendJson<T>(res: MedusaResponse<T>, body: T): string {
  const text = JSON.stringify(body)
  res.setHeader(CATALOGUE_CACHE_HEADER, "miss")
  res.setHeader("Content-Type", "application/json")
  // res.json would stringify again; send the text we keep (typed as T by MedusaResponse<T>).
  ;(res as MedusaResponse).send(text)
  return text
}

/** Sends a cached JSON text; false when there is none. */
export function sendCachedJson<T>(res: MedusaResponse<T>, text: string | undefined): boolean {
  if (text === undefined) return false
  res.setHeader(CATALOGUE_CACHE_HEADER, "hit")
  res.setHeader("Content-Type", "application/json")
  ;(res as MedusaResponse).send(text)
  return true
}
