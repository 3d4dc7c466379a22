import { neededAccess, normalisedPath } from "./admin-routes"

/**
 * Routes of the producer console and the storefront's writes, by allow-list: a route not named here
 * is refused (403) even if the backend, or Medusa after an upgrade, registers it (decision 015).
 * A line is `[method, path pattern]`; `:name` stands for one path segment.
 */
export type RouteLine = readonly [method: string, pattern: string]

/** Every /producer route; all but the invite acceptance need a signed-in producer user. */
export const PRODUCER_ROUTES: readonly RouteLine[] = [
  ["POST", "/producer/invites/accept"],
  ["GET", "/producer/me"],
  ["GET", "/producer/dashboard"],
  ["GET", "/producer/certificates"],
  ["GET", "/producer/products"],
  ["POST", "/producer/products"],
  ["GET", "/producer/products/:id"],
  ["POST", "/producer/products/:id"],
  ["POST", "/producer/products/:id/stock"],
  ["GET", "/producer/orders"],
  ["GET", "/producer/orders/:id"],
  ["GET", "/producer/profile"],
  ["POST", "/producer/profile"],
  ["GET", "/producer/sales"],
  ["POST", "/producer/uploads"],
  ["GET", "/producer/events"],
  ["GET", "/producer/events/:id"],
  ["POST", "/producer/events/:id/answer"],
  ["POST", "/producer/events/:id/stock"],
  ["GET", "/producer/leads"],
  ["GET", "/producer/payouts"],
  ["GET", "/producer/payouts/xlsx"],
  ["GET", "/producer/payouts/pdf"],
]

/**
 * The store routes a buyer may write through: what the storefront's cart, checkout and account use.
 * Medusa's other store writes (returns, order transfers, cart promotions…) are refused.
 */
export const STORE_WRITE_ROUTES: readonly RouteLine[] = [
  ["POST", "/store/carts"],
  ["POST", "/store/carts/:id"],
  ["POST", "/store/carts/:id/line-items"],
  ["POST", "/store/carts/:id/line-items/:line_id"],
  ["DELETE", "/store/carts/:id/line-items/:line_id"],
  ["POST", "/store/carts/:id/shipping-methods"],
  ["POST", "/store/carts/:id/customer"],
  ["POST", "/store/carts/:id/complete"],
  ["POST", "/store/carts/:id/place"],
  ["POST", "/store/payment-collections"],
  ["POST", "/store/payment-collections/:id/payment-sessions"],
  ["POST", "/store/customers"],
  ["POST", "/store/customers/me"],
  ["POST", "/store/customers/me/addresses"],
  ["POST", "/store/customers/me/addresses/:address_id"],
  ["DELETE", "/store/customers/me/addresses/:address_id"],
]

/** Whether a path matches a pattern segment by segment (`:name` matches any one segment). */
export function matchesRoutePattern(pattern: string, path: string): boolean {
  const want = normalisedPath(pattern).split("/")
  const got = normalisedPath(path).split("/")
  return want.length === got.length && want.every((segment, i) => segment.startsWith(":") || segment === got[i])
}

/** Whether `method path` is a line of the list (HEAD counts as GET). */
export function routeListed(lines: readonly RouteLine[], method: string, path: string): boolean {
  const verb = method.toUpperCase() === "HEAD" ? "GET" : method.toUpperCase()
  return lines.some(([m, pattern]) => m === verb && matchesRoutePattern(pattern, path))
}

/** Whether a producer user may call `method path` (OPTIONS preflights are CORS's business). */
export function producerMayCall(method: string, path: string): boolean {
  return method.toUpperCase() === "OPTIONS" || routeListed(PRODUCER_ROUTES, method, path)
}

/** Whether a buyer (signed in or not) may call `method path` under /store: reads yes, writes if listed. */
export function buyerMayCall(method: string, path: string): boolean {
  return neededAccess(method) === "read" || routeListed(STORE_WRITE_ROUTES, method, path)
}
