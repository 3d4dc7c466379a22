import crypto from "node:crypto"

/** Pages that always belong to one buyer. */
const BUYER_PAGES = /^\/(account|cart|checkout|order)(\/|$)/
/** Cookies that make a page the buyer's own: the cart (mini cart in the header) and the signed-in customer. */
const BUYER_COOKIES = /(^|;\s*)(cart|customer)=/

/** A fresh nonce for this response's scripts. */
export const newNonce = () => crypto.randomBytes(16).toString("base64")

/**
 * The storefront's content security policy: scripts only from us and with this response's nonce
 * (Remix's inline hydration scripts carry it), nothing framed by anyone, forms posted only to us.
 * Pictures may come from the backend's /static or any HTTPS host staff linked.
 */
export function contentSecurityPolicy(nonce: string, backendUrl: string): string {
  const backend = new URL(backendUrl).origin
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: https: ${backend}`,
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ")
}

/**
 * Headers every storefront answer carries (decision 022). The CSP is left out in development,
 * where Vite's client injects its own scripts; the rest holds everywhere.
 */
export function applySecurityHeaders(
  headers: Headers,
  request: Request,
  options: { nonce?: string; backendUrl: string; production: boolean },
) {
  headers.set("X-Content-Type-Options", "nosniff")
  headers.set("Referrer-Policy", "strict-origin-when-cross-origin")
  headers.set("X-Frame-Options", "DENY")
  // A password-reset link carries its one-time token in the address: send it nowhere, not even to us.
  if (new URL(request.url).pathname === "/account/reset-password") headers.set("Referrer-Policy", "no-referrer")
  if (options.production && options.nonce) {
    headers.set("Content-Security-Policy", contentSecurityPolicy(options.nonce, options.backendUrl))
  }
  // A page that carries a buyer's cart or account is theirs alone: no shared cache may keep it.
  const path = new URL(request.url).pathname
  if (BUYER_PAGES.test(path)) headers.set("Cache-Control", "private, no-store")
  else if (BUYER_COOKIES.test(request.headers.get("cookie") ?? "")) headers.set("Cache-Control", "private, no-cache")
}

/**
 * Whether a form post comes from our own pages: the browser's Sec-Fetch-Site, or failing that the
 * Origin header, must name this site. A post without either (an old browser, a script) is let
 * through only when it carries no cookie, so it cannot act for a signed-in buyer.
 */
export function isSameSitePost(request: Request, publicStoreUrl: string): boolean {
  const site = request.headers.get("sec-fetch-site")
  if (site) return site === "same-origin" || site === "none"
  const origin = request.headers.get("origin")
  // Behind a TLS proxy the request arrives as http://; the public address is what browsers send.
  if (origin) return origin === new URL(publicStoreUrl).origin || origin === new URL(request.url).origin
  return !request.headers.get("cookie")
}
