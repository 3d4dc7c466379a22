import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/**
 * Headers on every API answer (decision 022): JSON is never sniffed into a page, never framed, runs
 * nothing if opened in a browser, and sends no referrer. `/static` sets a CSP of its own for pictures.
 */
export function apiSecurityHeaders(_req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  res.setHeader("X-Content-Type-Options", "nosniff")
  res.setHeader("Referrer-Policy", "no-referrer")
  res.setHeader("X-Frame-Options", "DENY")
  res.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
  next()
}
