import crypto from "node:crypto"
import { loadBackendEnv } from "../../config/env"

/**
 * The code a buyer shows to collect a pickup order: six digits derived from the order id with the
 * server's cookie secret (HMAC-SHA256), so it is stored nowhere, cannot be guessed from the order
 * number, and the confirmation page, the e-mail and the counter always agree.
 */
export function pickupCodeOf(orderId: string, secret = loadBackendEnv(process.env).cookieSecret): string {
  const digest = crypto.createHmac("sha256", secret).update(`pickup:${orderId}`).digest()
  return String(digest.readUInt32BE(0) % 1_000_000).padStart(6, "0")
}

/** Compares a typed code with the order's in constant time; spaces and dashes are ignored. */
export function pickupCodeMatches(orderId: string, typed: string): boolean {
  const clean = typed.replace(/[\s-]/g, "")
  const expected = pickupCodeOf(orderId)
  return clean.length === expected.length && crypto.timingSafeEqual(Buffer.from(clean), Buffer.from(expected))
}
