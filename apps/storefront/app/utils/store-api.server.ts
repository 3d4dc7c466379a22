import type { Locale } from "~/i18n"
import { getEnv, getPublishableKey } from "./env.server"
import { logger } from "./logger.server"
import { BackendUnavailable } from "./medusa.server"

const TIMEOUT_MS = 15_000

/** A store API answer: 2xx with its body, or a 4xx the page explains to the buyer. */
export type StoreResult<T> =
  | { ok: true; body: T }
  | { ok: false; status: number; message: string; /** the answer's `code`, what pages react to */ code?: string }

/**
 * Calls a per-buyer store route (carts, checkout, orders): never cached. 4xx answers come back as
 * values so a page can explain them; network failures and 5xx throw BackendUnavailable (503 page).
 */
export async function storeCall<T>(
  path: string,
  options: { method?: "GET" | "POST" | "DELETE"; body?: unknown; locale?: Locale; token?: string | null } = {},
): Promise<StoreResult<T>> {
  const key = getPublishableKey()
  if (!key) throw new BackendUnavailable("No publishable API key configured")
  let res: Response
  try {
    res = await fetch(`${getEnv().MEDUSA_BACKEND_URL}${path}`, {
      method: options.method ?? (options.body === undefined ? "GET" : "POST"),
      headers: {
        "x-publishable-api-key": key,
        accept: "application/json",
        "accept-language": options.locale ?? "vi",
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...(options.body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
  } catch (error) {
    logger.error("store request failed", { path, error: String(error) })
    throw new BackendUnavailable(`Backend request failed: ${path}`, { cause: error })
  }
  const text = await res.text()
  let body: unknown
  try {
    body = text ? JSON.parse(text) : null
  } catch {
    body = text
  }
  if (res.ok) return { ok: true, body: body as T }
  if (res.status >= 500) {
    logger.error("store request failed", { path, status: res.status, body: text.slice(0, 500) })
    throw new BackendUnavailable(`Backend request failed: ${path} (${res.status})`)
  }
  const message =
    typeof body === "object" && body && "message" in body ? String((body as { message: unknown }).message) : text
  const code = typeof body === "object" && body && "code" in body ? String((body as { code: unknown }).code) : undefined
  return { ok: false, status: res.status, message, code }
}

/** Like storeCall, but a 4xx is a bug or a vanished record: throws a route error response. */
export async function storeRead<T>(path: string, locale?: Locale): Promise<T> {
  const result = await storeCall<T>(path, { locale })
  if (!result.ok) throw new Response(result.message, { status: result.status === 404 ? 404 : 400 })
  return result.body
}
