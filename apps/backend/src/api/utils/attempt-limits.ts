/**
 * Which requests are attempts someone could repeat to guess a password or a token, and whose
 * account they aim at (decision 021). Pure, so the list is tested without a server.
 */
export type AttemptKind = "sign_in" | "register" | "password" | "invite"

/** How an attempt is counted: failures only (a sign-in that works costs nothing), or every try. */
export type AttemptRule = { kind: AttemptKind; counts: "failures" | "every" }

const AUTH_SIGN_IN = /^\/auth\/[^/]+\/[^/]+$/
const AUTH_REGISTER = /^\/auth\/[^/]+\/[^/]+\/register$/
const AUTH_PASSWORD = /^\/auth\/[^/]+\/[^/]+\/(reset-password|update)$/
const AUTH_SECOND_FACTOR = /^\/auth\/(mfa\/challenges\/[^/]+\/verify|verification\/confirm)$/

/** The rule for `method path`, or null when it is no sign-in, registration, password or invite route. */
export function attemptRuleOf(method: string, rawPath: string): AttemptRule | null {
  if (method.toUpperCase() !== "POST") return null
  const path = rawPath
    .toLowerCase()
    .replace(/\/{2,}/g, "/")
    .replace(/\/+$/, "")
  if (AUTH_REGISTER.test(path) || path === "/store/customers") return { kind: "register", counts: "every" }
  if (AUTH_PASSWORD.test(path)) return { kind: "password", counts: "every" }
  if (AUTH_SECOND_FACTOR.test(path)) return { kind: "sign_in", counts: "failures" }
  if (path === "/admin/staff/invites/accept" || path === "/producer/invites/accept") {
    return { kind: "invite", counts: "failures" }
  }
  if (AUTH_SIGN_IN.test(path) && !path.startsWith("/auth/session") && !path.startsWith("/auth/token")) {
    return { kind: "sign_in", counts: "failures" }
  }
  return null
}

/** The account an attempt aims at: the e-mail or identifier in its body, folded; null when none. */
export function attemptAccountOf(body: unknown): string | null {
  if (!body || typeof body !== "object") return null
  const record = body as Record<string, unknown>
  const value = record.email ?? record.identifier
  return typeof value === "string" && value.trim() ? value.trim().toLowerCase().slice(0, 320) : null
}
