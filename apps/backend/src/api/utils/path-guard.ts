import {
  errorHandler,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { type DomainLocale, errorMessage } from "@ocop/domain"
import { isDatabaseUnreachable, sendDatabaseUnreachable } from "./database-unreachable"
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
 * The first query parameter that does not decode or holds a NUL (PostgreSQL refuses NUL in text, so
 * a search for "%00" was a 500), or null when the query string is clean.
 */
export function badQueryParameter(rawQuery: string): string | null {
  for (const pair of rawQuery.split("&")) {
    if (!pair) continue
    const [rawKey = "", ...rest] = pair.split("=")
    let key = rawKey
    try {
      key = decodeURIComponent(rawKey.replace(/\+/g, " "))
      const value = decodeURIComponent(rest.join("=").replace(/\+/g, " "))
      if (key.includes("\u0000") || value.includes("\u0000")) return key.replace(/\u0000/g, "") || "query"
    } catch {
      return key.replace(/%/g, "") || "query"
    }
  }
  return null
}

/**
 * In front of every route, Medusa's and ours: a path that does not decode cleanly is a 400 naming
 * the path, and a query parameter that does not (or holds a NUL) a 400 naming the parameter, before
 * any route reads them.
 */
export function refuseBadPaths(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const [path = "", query = ""] = req.originalUrl.split(/\?(.*)/s)
  if (!pathIsClean(path)) return sendBadPath(req, res)
  const parameter = badQueryParameter(query)
  if (!parameter) return next()
  const message = BAD_PATH[requestLocale(req)]
  res.status(400).json({ type: "invalid_data", message, errors: { [parameter]: message } })
}

function sendBadPath(req: MedusaRequest, res: MedusaResponse) {
  const message = BAD_PATH[requestLocale(req)]
  res.status(400).json({ type: "invalid_data", message, errors: { path: message } })
}

const medusaErrors = errorHandler()

/**
 * Medusa's in-memory and PostgreSQL locking providers reject a lock they waited too long for with a
 * plain Error (the Redis one with a CONFLICT of the same text), which Medusa's handler answers 500.
 * A lock taken inside a workflow (acquireLockStep) reaches the route as the workflow's serialised
 * error, a plain object with the same message, so the message decides, not the class.
 */
export function isLockTimeout(error: unknown): boolean {
  const message = (error as { message?: unknown } | null)?.message
  return message === "Timed-out acquiring lock."
}

/**
 * The API's error handler: Medusa's, except for a path Express could not decode (some of Medusa's
 * own middlewares, `/admin*`, are mounted ahead of ours with a wildcard whose capture Express decodes,
 * and its "Failed to decode param" error would otherwise become a 500), for a lock that timed out
 * while many checkouts wanted the same stock: the workflow wrote nothing, so the caller is told to
 * try again, never shown a server failure; and for a database that cannot be reached, a 503 that
 * says so.
 */
export function apiErrorHandler(error: unknown, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const failed = error as { status?: number; message?: string } | null
  if (error instanceof URIError || (failed?.status === 400 && /decode param/i.test(failed.message ?? ""))) {
    return sendBadPath(req, res)
  }
  if (isLockTimeout(error)) {
    res.setHeader("Retry-After", "1")
    res.status(409).json({ type: "conflict", code: "busy", message: errorMessage("busy", requestLocale(req)) })
    return
  }
  if (isDatabaseUnreachable(error)) return sendDatabaseUnreachable(req, res, requestLocale(req))
  return medusaErrors(error as never, req, res, next)
}
