import Medusa, { FetchError } from "@medusajs/js-sdk"
import { data } from "@remix-run/node"
import type {
  StorePointOfSale,
  StorePointOfSaleDetail,
  CatalogueFacets,
  CatalogueListResponse,
  CatalogueProductDetail,
  CertificateVerification,
  ProducerDetailResponse,
  ProducerListResponse,
} from "@ocop/domain"
import type { Locale } from "~/i18n"
import { getEnv, getPublishableKey } from "./env.server"
import { logger } from "./logger.server"
import { TtlCache } from "@ocop/domain"

/** The backend could not answer (down, 5xx, timeout, misconfigured key): pages show a retry page. */
export class BackendUnavailable extends Error {
  override name = "BackendUnavailable"
}

const REQUEST_TIMEOUT_MS = 8_000
const CACHE_TTL_MS = 45_000
const cache = new TtlCache<unknown>(CACHE_TTL_MS, 500)

// The SDK logs variadic strings; route them through our logger and drop its debug chatter.
const sdkLogger = {
  error: (...messages: string[]) => logger.error(messages.join(" ")),
  warn: (...messages: string[]) => logger.warn(messages.join(" ")),
  info: (...messages: string[]) => logger.info(messages.join(" ")),
  debug: () => {},
}

// One SDK per key: in development the key can appear (or change after a re-seed) while we run.
const clients = new Map<string, Medusa>()
function sdkFor(publishableKey: string): Medusa {
  const baseUrl = getEnv().MEDUSA_BACKEND_URL
  const id = `${baseUrl} ${publishableKey}`
  let sdk = clients.get(id)
  if (!sdk) {
    sdk = new Medusa({ baseUrl, publishableKey, logger: sdkLogger })
    clients.set(id, sdk)
  }
  return sdk
}

type ReadOptions = { locale: Locale; cache?: boolean }

/** GETs a store route; maps 404 to a 404 route error and every other failure to BackendUnavailable. */
async function storeGet<T>(path: string, params: URLSearchParams | undefined, options: ReadOptions): Promise<T> {
  const publishableKey = getPublishableKey()
  if (!publishableKey) {
    logger.error("no publishable API key: set MEDUSA_PUBLISHABLE_KEY or run the backend seed")
    throw new BackendUnavailable("No publishable API key configured")
  }
  const query = params?.toString()
  const url = query ? `${path}?${query}` : path
  const load = () => fetchJson<T>(sdkFor(publishableKey), url)
  if (options.cache === false) return load()
  return (await cache.getOrLoad(`${options.locale} ${url}`, load)) as T
}

async function fetchJson<T>(sdk: Medusa, url: string): Promise<T> {
  try {
    return await sdk.client.fetch<T>(url, { method: "GET", signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) })
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) {
      throw data({ reason: "not-found" as const }, { status: 404 })
    }
    const status = error instanceof FetchError ? error.status : undefined
    // 400 means our query did not fit the backend's validators: a bug on our side, not the buyer's.
    logger.error("backend request failed", { url, status, error: String(error) })
    throw new BackendUnavailable(`Backend request failed: ${url}`, { cause: error })
  }
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

/** Test hook: forget cached reads. */
export function clearBackendCache() {
  cache.clear()
}
