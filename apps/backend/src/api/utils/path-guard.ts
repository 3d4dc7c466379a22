import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { DomainLocale } from "@ocop/domain"
import { requestLocale } from "./http"

const BAD_PATH: Record<DomainLocale, string> = {
  vi: "Đường dẫn không hợp lệ",
  en: "Invalid path",
}

/** Control characters (NUL among them) have no place in an id, a handle or a number. */
const CONTROL = /[\u0000-\u001f\u007f]/

/**
 * Whether every segment of a raw path decodes to text without control characters. Express decodes
 * route parameters itself and answers a broken escape ("%E0%A4%A") with an error Medusa turns into
 * a 500; a decoded NUL ("%00") reaches PostgreSQL, which fails the same way (finding 6).
 */
export function pathIsClean(rawPath: string): boolean {
  for (const segment of rawPath.split("/")) {
    let decoded: string
    try {
      decoded = decodeURIComponent(segment)
    } catch {
      return false
    }
    if (CONTROL.test(decoded)) return false
  }
  return true
}

/**
 * In front of every route, Medusa's and ours: a path that does not decode cleanly is a 400 naming
 * the path, before any route reads it.
 */
export function refuseBadPaths(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (pathIsClean(req.originalUrl.split("?")[0]!)) return next()
  const message = BAD_PATH[requestLocale(req)]
  res.status(400).json({ type: "invalid_data", message, errors: { path: message } })
}
