import http from "node:http"
import https from "node:https"
import { data } from "@remix-run/node"
import type {
  StorePointOfSale,
  StorePointOfSaleDetail,
  CatalogueFacets,
  CatalogueListResponse,
  CatalogueProductDetail,
  CertificateVerification,
  ErrorCode,
  ProducerDetailResponse,
  ProducerListResponse,
} from "@ocop/domain"
import { TtlCache } from "@ocop/domain"
import type { Locale } from "~/i18n"
import type { PickupPoint } from "./cart-types"
import { getEnv, getPublishableKey } from "./env.server"
import { logger } from "./logger.server"

/**
 * The storefront's one client for the backend's store API. Every call has the same timeout and the
 * same outcome: a 2xx body, a 4xx refusal carrying the backend's message and domain error `code`
 * (what pages react to, never the text), or BackendUnavailable (down, 5xx, timeout, no key) that
 * loaders turn into the retry page. Public reads (catalogue, producers, places, pickup points) are
 * cached for everyone for a short while; per-buyer calls (carts, checkout, orders) never are.
 */

/** The backend could not answer (down, 5xx, timeout, misconfigured key): pages show a retry page. */
export class BackendUnavailable extends Error {
  override name = "BackendUnavailable"
}

// Long enough for a checkout that waits on a stock lock (the backend answers 409 busy before this).
const REQUEST_TIMEOUT_MS = 15_000
const CACHE_TTL_MS = 45_000
const cache = new TtlCache<unknown>(CACHE_TTL_MS, 500)

/** A store API answer: 2xx with its body, or a 4xx the page explains to the buyer. */
export type StoreResult<T> =
  | { ok: true; body: T }
  | {
      ok: false
      status: number
      message: string
      /** the answer's `code` (a domain ErrorCode, or Medusa's own): what pages react to */
      code?: ErrorCode | (string & {})
    }

type CallOptions = { method?: "GET" | "POST" | "DELETE"; body?: unknown; locale?: Locale; token?: string | null }

const field = (body: unknown, key: string) =>
  typeof body === "object" && body && key in body ? String((body as Record<string, unknown>)[key]) : undefined

/**
 * Calls a store route. 4xx answers come back as values so a page can explain them; network
 * failures, timeouts and 5xx throw BackendUnavailable (503 page). Never cached.
 */
export async function storeCall<T>(path: string, options: CallOptions = {}): Promise<StoreResult<T>> {
  const key = getPublishableKey()
  if (!key) {
    logger.error("no publishable API key: set MEDUSA_PUBLISHABLE_KEY or run the backend seed")
    throw new BackendUnavailable("No publishable API key configured")
  }
  const method = options.method ?? (options.body === undefined ? "GET" : "POST")
  const url = `${getEnv().MEDUSA_BACKEND_URL}${path}`
  const headers: Record<string, string> = {
    "x-publishable-api-key": key,
    accept: "application/json",
    "accept-language": options.locale ?? "vi",
    ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    ...(options.body === undefined ? {} : { "content-type": "application/json" }),
  }
  let res: { status: number; text: string }
  try {
    res =
      method === "GET"
        ? await httpGet(url, headers)
        : await fetch(url, {
            method,
            headers,
            body: options.body === undefined ? undefined : JSON.stringify(options.body),
            signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
          }).then(async (answer) => ({ status: answer.status, text: await answer.text() }))
  } catch (error) {
    logger.error("backend request failed", { path, error: String(error) })
    throw new BackendUnavailable(`Backend request failed: ${path}`, { cause: error })
  }
  const { text } = res
  let body: unknown
  try {
    body = text ? JSON.parse(text) : null
  } catch {
    body = text
  }
  if (res.status >= 200 && res.status < 300) return { ok: true, body: body as T }
  if (res.status >= 500) {
    logger.error("backend request failed", { path, status: res.status, body: text.slice(0, 500) })
    throw new BackendUnavailable(`Backend request failed: ${path} (${res.status})`)
  }
  return { ok: false, status: res.status, message: field(body, "message") ?? text, code: field(body, "code") }
}

// Reads go through node:http on kept-alive connections rather than fetch(): a page makes three, and
// fetch's WHATWG machinery (undici: headers, streams, body mixins) cost ~1 ms of CPU each, ~2–3 ms of
// a page's 16–20 (docs/performance-notes.md). Writes (carts, checkout, sign-in) keep fetch.
const agents = {
  "http:": new http.Agent({ keepAlive: true }),
  "https:": new https.Agent({ keepAlive: true }),
}

/** A GET, its whole answer as text; retried once when a kept-alive connection was closed under it. */
function httpGet(
  url: string,
  headers: Record<string, string>,
  retry = true,
): Promise<{ status: number; text: string }> {
  const target = new URL(url)
  const client = target.protocol === "https:" ? https : http
  return new Promise((resolve, reject) => {
    const request = client.request(
      target,
      {
        method: "GET",
        headers,
        agent: agents[target.protocol === "https:" ? "https:" : "http:"],
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      },
      (response) => {
        response.setEncoding("utf8")
        let text = ""
        response.on("data", (chunk: string) => (text += chunk))
        response.on("end", () => resolve({ status: response.statusCode ?? 0, text }))
        response.on("error", reject)
        response.on("close", () => {
          if (!response.complete) reject(new Error("the backend closed the connection mid-answer"))
        })
      },
    )
    request.on("error", (error: NodeJS.ErrnoException) => {
      // The backend closes idle kept-alive connections (after 5 s); one may close as we reuse it,
      // which shows as ECONNRESET, or EPIPE when our request was written to the closed socket.
      if (retry && request.reusedSocket && (error.code === "ECONNRESET" || error.code === "EPIPE")) {
        resolve(httpGet(url, headers, false))
      } else {
        reject(error)
      }
    })
    request.end()
  })
}

/** Like storeCall, but a 4xx is a bug or a vanished record: throws a route error response. */
export async function storeRead<T>(path: string, locale?: Locale): Promise<T> {
  const result = await storeCall<T>(path, { locale })
  if (!result.ok) throw new Response(result.message, { status: result.status === 404 ? 404 : 400 })
  return result.body
}

type ReadOptions = { locale: Locale; cache?: boolean }

/** A public read, cached: 404 becomes a 404 route error, any other refusal BackendUnavailable. */
async function storeGet<T>(path: string, params: URLSearchParams | undefined, options: ReadOptions): Promise<T> {
  const query = params?.toString()
  const url = query ? `${path}?${query}` : path
  const load = async () => {
    const result = await storeCall<T>(url, { locale: options.locale })
    if (result.ok) return result.body
    if (result.status === 404) throw data({ reason: "not-found" as const }, { status: 404 })
    // 400 means our query did not fit the backend's validators: a bug on our side, not the buyer's.
    logger.error("backend refused a read", { url, status: result.status, code: result.code })
    throw new BackendUnavailable(`Backend request failed: ${url} (${result.status})`)
  }
  if (options.cache === false || getEnv().OCOP_CATALOGUE_CACHE === "off") return load()
  return (await cache.getOrLoad(`${options.locale} ${url}`, load)) as T
}

/** The 503 that route loaders throw so the ErrorBoundary renders the retry page. */
export function backendUnavailableResponse() {
  return data(
    { reason: "backend-unavailable" as const },
    { status: 503, headers: { "Retry-After": "30", "Cache-Control": "no-store" } },
  )
}

/** Runs a backend read in a loader, turning BackendUnavailable into the 503 retry page. */
export async function fromBackend<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read()
  } catch (error) {
    if (error instanceof BackendUnavailable) throw backendUnavailableResponse()
    throw error
  }
}

/** GET /store/catalogue with already-serialised filters (see catalogue-query.ts). */
export function listCatalogue(params: URLSearchParams, locale: Locale) {
  return storeGet<CatalogueListResponse>("/store/catalogue", params, { locale })
}

/** GET /store/catalogue/facets: option counts for the same filters. */
export function getCatalogueFacets(params: URLSearchParams, locale: Locale) {
  return storeGet<CatalogueFacets>("/store/catalogue/facets", params, { locale })
}

/** GET /store/catalogue/:handle; throws a 404 route error for an unknown handle. */
export async function getCatalogueProduct(handle: string, locale: Locale) {
  const body = await storeGet<{ product: CatalogueProductDetail }>(
    `/store/catalogue/${encodeURIComponent(handle)}`,
    undefined,
    { locale },
  )
  return body.product
}

/** GET /store/producers with district/kind filters and pagination. */
export function listProducers(params: URLSearchParams, locale: Locale) {
  return storeGet<ProducerListResponse>("/store/producers", params, { locale })
}

/** GET /store/producers/:handle; throws a 404 route error for an unknown handle. */
export function getProducer(handle: string, locale: Locale) {
  return storeGet<ProducerDetailResponse>(`/store/producers/${encodeURIComponent(handle)}`, undefined, { locale })
}

/** GET /store/certificates/:number. Never cached: a revocation must show at once. */
export function verifyCertificate(certificateNumber: string, locale: Locale) {
  return storeGet<CertificateVerification>(`/store/certificates/${encodeURIComponent(certificateNumber)}`, undefined, {
    locale,
    cache: false,
  })
}

/** GET /store/points-of-sale: the showrooms and booths; `product` keeps those that have it in stock. */
export async function listPointsOfSale(locale: Locale, product?: string) {
  const params = product ? new URLSearchParams({ product }) : undefined
  const body = await storeGet<{ points_of_sale: StorePointOfSale[] }>("/store/points-of-sale", params, { locale })
  return body.points_of_sale
}

/** GET /store/points-of-sale/:handle; throws a 404 route error for an unknown handle. */
export async function getPointOfSale(handle: string, locale: Locale) {
  const body = await storeGet<{ point_of_sale: StorePointOfSaleDetail }>(
    `/store/points-of-sale/${encodeURIComponent(handle)}`,
    undefined,
    { locale },
  )
  return body.point_of_sale
}

/**
 * GET /store/pickup-points: the showrooms and the shipping options that lead to each, read through
 * the shared cache, so a purchase (delivery step, order placement, confirmation) reads them once.
 * None when the backend refuses.
 */
export async function pickupPoints(): Promise<PickupPoint[]> {
  try {
    const body = await storeGet<{ pickup_points: PickupPoint[] }>("/store/pickup-points", undefined, { locale: "vi" })
    return body.pickup_points
  } catch (error) {
    if (error instanceof BackendUnavailable) throw error
    return []
  }
}

/** Test hook: forget cached reads. */
export function clearBackendCache() {
  cache.clear()
}
