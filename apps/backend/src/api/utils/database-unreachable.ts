import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

// Node's socket errors and PostgreSQL's "connection exception" (08xxx) and "operator intervention"
// (57P01–57P03: shutting down, crash, starting up) classes.
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "EPIPE"])
const SERVER_CODES = /^(08[0-9A-Z]{3}|57P0[1-3])$/
const MESSAGES =
  /Connection terminated|Timeout acquiring a connection|connect ECONNREFUSED|Client has encountered a connection error|the database system is (starting up|shutting down|in recovery mode)|terminating connection due to administrator command/i

/**
 * True when an error (or one it wraps: MikroORM and Medusa keep the driver's error as `cause`)
 * says the database could not be reached, as opposed to a query that failed.
 */
export function isDatabaseUnreachable(error: unknown): boolean {
  const seen = new Set<unknown>()
  let current: unknown = error
  while (current && typeof current === "object" && !seen.has(current) && seen.size < 6) {
    seen.add(current)
    const { code, message, name } = current as { code?: unknown; message?: unknown; name?: unknown }
    if (typeof code === "string" && (SOCKET_CODES.has(code) || SERVER_CODES.test(code))) return true
    if (name === "ConnectionException") return true
    if (typeof message === "string" && MESSAGES.test(message)) return true
    const wrapped = current as { cause?: unknown; originalError?: unknown; error?: unknown }
    current = wrapped.cause ?? wrapped.originalError ?? wrapped.error
  }
  return false
}

const MESSAGE = {
  vi: "Cửa hàng tạm thời không kết nối được cơ sở dữ liệu. Vui lòng thử lại sau ít phút.",
  en: "The shop cannot reach its database right now. Please try again in a few minutes.",
}

/**
 * 503 with Retry-After and a message that says what is wrong, instead of Medusa's "unknown error"
 * 500: clients and the proxy may retry, and the operator sees the cause (docs/operations.md). The
 * pool reconnects by itself once the database answers again.
 */
export function sendDatabaseUnreachable(req: MedusaRequest, res: MedusaResponse, locale: "vi" | "en") {
  try {
    req.scope.resolve("logger").warn(`database unreachable: ${req.method} ${req.path} answered 503`)
  } catch {
    // No container to log with: the answer still goes out.
  }
  res.setHeader("Retry-After", "30")
  res.status(503).json({ type: "database_unreachable", message: MESSAGE[locale] })
}
