import { HttpError } from "react-admin"

/** The subset of `fetch` the providers need; injected so tests never patch globals. */
export type FetchFn = (input: string, init?: RequestInit) => Promise<Response>

export type QueryValue = string | number | boolean | null | undefined | ReadonlyArray<string | number>

export interface HttpClientOptions {
  baseUrl: string
  fetch: FetchFn
  /** Returns the current bearer token, or null when signed out. */
  getToken: () => string | null
}

export interface RequestOptions {
  method?: "GET" | "POST" | "DELETE"
  query?: Record<string, QueryValue>
  body?: unknown
}

/** Error payload of Medusa (`{ type, message }`) plus our custom routes' field errors. */
interface MedusaErrorBody {
  type?: string
  message?: string
  errors?: Record<string, string>
}

/**
 * Builds a query string. Arrays become repeated keys (`id=a&id=b`), which Medusa's
 * query parser accepts; empty values are dropped so a cleared filter does not filter on "".
 */
export function toQueryString(query: Record<string, QueryValue> = {}): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === "") continue
    if (Array.isArray(value)) {
      for (const item of value) params.append(key, String(item))
    } else {
      params.append(key, String(value))
    }
  }
  const text = params.toString()
  return text ? `?${text}` : ""
}

/** Turns a failed response into the HttpError react-admin understands (forms read `body.errors`). */
export async function toHttpError(response: Response): Promise<HttpError> {
  let body: MedusaErrorBody | null = null
  try {
    body = (await response.json()) as MedusaErrorBody
  } catch {
    // Non-JSON error pages (proxies, HTML 502s) still get a status-based message.
  }
  const message =
    (body && typeof body.message === "string" && body.message) || response.statusText || "ra.notification.http_error"
  const errors = body?.errors && typeof body.errors === "object" ? body.errors : undefined
  return new HttpError(message, response.status, errors ? { errors, type: body?.type } : body)
}

/** Creates a JSON client for the Medusa admin API that attaches the bearer token. */
export function createHttpClient({ baseUrl, fetch, getToken }: HttpClientOptions) {
  return async function request<T = unknown>(path: string, options: RequestOptions = {}): Promise<T> {
    const { method = "GET", query, body } = options
    const headers: Record<string, string> = { Accept: "application/json" }
    const token = getToken()
    if (token) headers.Authorization = `Bearer ${token}`
    if (body !== undefined) headers["Content-Type"] = "application/json"

    let response: Response
    try {
      response = await fetch(`${baseUrl}${path}${toQueryString(query)}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      })
    } catch {
      // fetch only rejects on network failure; status 0 keeps checkError from logging out.
      throw new HttpError("ocop.error.network", 0)
    }
    if (!response.ok) throw await toHttpError(response)
    if (response.status === 204) return undefined as T
    return (await response.json()) as T
  }
}

export type HttpClient = ReturnType<typeof createHttpClient>

/** react-admin's list params as the query our list routes read: plain filters, `limit/offset`, `order`, `fields`. */
export function listQuery(params: {
  pagination?: { page: number; perPage: number }
  sort?: { field: string; order: string }
  filter?: Record<string, unknown>
  meta?: { fields?: string }
}): Record<string, QueryValue> {
  const query: Record<string, QueryValue> = {}
  for (const [key, value] of Object.entries(params.filter ?? {})) {
    // Nested objects are react-admin internals (e.g. saved queries), not API filters.
    if (value !== null && typeof value === "object" && !Array.isArray(value)) continue
    query[key] = value as QueryValue
  }
  if (params.pagination) {
    const { page, perPage } = params.pagination
    query.limit = perPage
    query.offset = (page - 1) * perPage
  }
  if (params.sort?.field) {
    query.order = params.sort.order === "DESC" ? `-${params.sort.field}` : params.sort.field
  }
  if (params.meta?.fields) query.fields = params.meta.fields
  return query
}

/** Uploads files as one multipart `POST` to an upload route (`files` fields); returns the URLs in order. */
export async function uploadFiles(
  { baseUrl, fetch, getToken }: HttpClientOptions,
  path: string,
  files: File[],
): Promise<string[]> {
  const form = new FormData()
  for (const file of files) form.append("files", file, file.name)
  const token = getToken()
  let response: Response
  try {
    response = await fetch(`${baseUrl}${path}`, {
      method: "POST",
      headers: { Accept: "application/json", ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: form,
    })
  } catch {
    // As the JSON client: status 0 keeps checkError from signing the user out.
    throw new HttpError("ocop.error.network", 0)
  }
  if (!response.ok) throw await toHttpError(response)
  const body = (await response.json()) as { files?: { url: string }[] }
  return (body.files ?? []).map((f) => f.url)
}
