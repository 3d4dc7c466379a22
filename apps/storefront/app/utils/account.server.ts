import { redirect } from "@remix-run/node"
import { buyerCookie } from "./cookies.server"
import { getEnv } from "./env.server"
import { BackendUnavailable, storeCall } from "./medusa.server"
import type { StoreAddress, StoreOrder } from "./cart-types"

const SEVEN_DAYS = 60 * 60 * 24 * 7

/**
 * The buyer's Medusa customer token (a JWT Medusa signed, so the cookie needs no signature of its
 * own); httpOnly so page scripts never see it.
 */
export const customerCookie = buyerCookie("customer", SEVEN_DAYS)

export type Customer = {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
  addresses: (StoreAddress & { id: string })[]
}

/** The token from the cookie, or null. */
export async function customerToken(request: Request): Promise<string | null> {
  const value = await customerCookie.parse(request.headers.get("Cookie"))
  return typeof value === "string" && value.split(".").length === 3 ? value : null
}

/** The logged-in customer, or null (no cookie, expired token). */
export async function getCustomer(request: Request): Promise<Customer | null> {
  const token = await customerToken(request)
  return token ? customerByToken(token) : null
}

async function customerByToken(token: string): Promise<Customer | null> {
  const result = await storeCall<{ customer: Customer }>(
    "/store/customers/me?fields=id,email,first_name,last_name,*addresses",
    { token },
  )
  return result.ok ? result.body.customer : null
}

/** The customer and token, or a redirect to the log-in page. */
export async function requireCustomer(request: Request): Promise<{ customer: Customer; token: string }> {
  const token = await customerToken(request)
  const customer = token ? await customerByToken(token) : null
  if (!token || !customer) throw redirect("/account/login")
  return { customer, token }
}

/** POST to Medusa's /auth routes; a 5xx or no answer is BackendUnavailable, anything else is returned. */
async function authPost(path: string, body: unknown, bearer?: string): Promise<Response> {
  let res: Response
  try {
    res = await fetch(`${getEnv().MEDUSA_BACKEND_URL}${path}`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/json",
        ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
      },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(15_000),
    })
  } catch (error) {
    throw new BackendUnavailable(`Auth request failed: ${path}`, { cause: error })
  }
  if (res.status >= 500) throw new BackendUnavailable(`Auth request failed: ${path} (${res.status})`)
  return res
}

async function authCall(
  path: string,
  body: unknown,
): Promise<{ ok: true; token: string } | { ok: false; status: number }> {
  const res = await authPost(path, body)
  if (!res.ok) return { ok: false, status: res.status }
  const json = (await res.json()) as { token?: string }
  return json.token ? { ok: true, token: json.token } : { ok: false, status: 401 }
}

/**
 * Asks Medusa to mail a reset link. Medusa answers alike whether or not the address has an account,
 * so the page says the same to everyone; only a refusal for too many attempts is told apart.
 */
export async function requestPasswordReset(email: string) {
  const res = await authPost("/auth/customer/emailpass/reset-password", { identifier: email })
  if (res.status === 429) return { ok: false as const, reason: "too_many" as const }
  return { ok: true as const }
}

/**
 * Sets the new password with the link's one-time token (Medusa checks and consumes it; only its
 * fingerprint is stored). "expired" covers a used, expired or altered link alike.
 */
export async function resetPassword(input: { token: string; email: string; password: string }) {
  const res = await authPost(
    "/auth/customer/emailpass/update",
    { email: input.email, password: input.password },
    input.token,
  )
  if (res.ok) return { ok: true as const }
  return { ok: false as const, reason: res.status === 429 ? ("too_many" as const) : ("expired" as const) }
}

/** Registers an identity, creates the customer, then logs in; "taken" when the email has an account. */
export async function registerCustomer(input: { email: string; password: string; full_name: string }) {
  const registered = await authCall("/auth/customer/emailpass/register", {
    email: input.email,
    password: input.password,
  })
  if (!registered.ok) return { ok: false as const, reason: "taken" as const }
  const created = await storeCall("/store/customers", {
    body: { email: input.email, first_name: input.full_name, last_name: "" },
    token: registered.token,
  })
  if (!created.ok) return { ok: false as const, reason: "taken" as const }
  return logIn(input.email, input.password)
}

/** Logs in with email and password. */
export async function logIn(email: string, password: string) {
  const result = await authCall("/auth/customer/emailpass", { email, password })
  if (result.ok) return { ok: true as const, token: result.token }
  // The backend counts attempts too (per account, and per address behind a proxy): say so plainly.
  return { ok: false as const, reason: result.status === 429 ? ("too_many" as const) : ("wrong" as const) }
}

/** The customer's orders, newest first. */
export async function customerOrders(token: string): Promise<StoreOrder[]> {
  const result = await storeCall<{ orders: (StoreOrder & { created_at: string; status: string })[] }>(
    "/store/orders?order=-created_at&limit=50&fields=id,display_id,created_at,status,payment_status,fulfillment_status,total,currency_code",
    { token },
  )
  return result.ok ? result.body.orders : []
}
