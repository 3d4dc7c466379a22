import { HttpError } from 'react-admin';

/** The subset of `fetch` the providers need; injected so tests never patch globals. */
export type FetchFn = (input: string, init?: RequestInit) => Promise<Response>;

export type QueryValue = string | number | boolean | null | undefined | ReadonlyArray<string | number>;

export interface HttpClientOptions {
    baseUrl: string;
    fetch: FetchFn;
    /** Returns the current bearer token, or null when signed out. */
    getToken: () => string | null;
}

export interface RequestOptions {
    method?: 'GET' | 'POST' | 'DELETE';
    query?: Record<string, QueryValue>;
    body?: unknown;
}

/** Error payload of Medusa (`{ type, message }`) plus our custom routes' field errors. */
interface MedusaErrorBody {
    type?: string;
    message?: string;
    errors?: Record<string, string>;
}

/**
 * Builds a query string. Arrays become repeated keys (`id=a&id=b`), which Medusa's
 * query parser accepts; empty values are dropped so a cleared filter does not filter on "".
 */
export function toQueryString(query: Record<string, QueryValue> = {}): string {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
        if (value === undefined || value === null || value === '') continue;
        if (Array.isArray(value)) {
            for (const item of value) params.append(key, String(item));
        } else {
            params.append(key, String(value));
        }
    }
    const text = params.toString();
    return text ? `?${text}` : '';
}

/** Turns a failed response into the HttpError react-admin understands (forms read `body.errors`). */
export async function toHttpError(response: Response): Promise<HttpError> {
    let body: MedusaErrorBody | null = null;
    try {
        body = (await response.json()) as MedusaErrorBody;
    } catch {
        // Non-JSON error pages (proxies, HTML 502s) still get a status-based message.
    }
    const message =
        (body && typeof body.message === 'string' && body.message) ||
        response.statusText ||
        'ra.notification.http_error';
    const errors = body?.errors && typeof body.errors === 'object' ? body.errors : undefined;
    return new HttpError(message, response.status, errors ? { errors, type: body?.type } : body);
}

/** Creates a JSON client for the Medusa admin API that attaches the bearer token. */
export function createHttpClient({ baseUrl, fetch, getToken }: HttpClientOptions) {
    return async function request<T = unknown>(path: string, options: RequestOptions = {}): Promise<T> {
        const { method = 'GET', query, body } = options;
        const headers: Record<string, string> = { Accept: 'application/json' };
        const token = getToken();
        if (token) headers.Authorization = `Bearer ${token}`;
        if (body !== undefined) headers['Content-Type'] = 'application/json';

        let response: Response;
        try {
            response = await fetch(`${baseUrl}${path}${toQueryString(query)}`, {
                method,
                headers,
                body: body === undefined ? undefined : JSON.stringify(body),
            });
        } catch {
            // fetch only rejects on network failure; status 0 keeps checkError from logging out.
            throw new HttpError('ocop.error.network', 0);
        }
        if (!response.ok) throw await toHttpError(response);
        if (response.status === 204) return undefined as T;
        return (await response.json()) as T;
    };
}

export type HttpClient = ReturnType<typeof createHttpClient>;
