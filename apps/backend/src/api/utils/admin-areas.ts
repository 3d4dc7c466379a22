import type { StaffArea } from "@ocop/domain"

/** Routes every signed-in user may call whatever their role: their own profile and invite acceptance. */
const OPEN_PATHS = ["/admin/users/me", "/admin/invites/accept"]

/**
 * Medusa's own order routes change orders without what our order actions insist on (a cancel
 * reason, the payment-before-handover rule of decision 013), so only administrators may write
 * through them; staff act on orders through /admin/ocop-orders. They belong to the orders area.
 */
const MEDUSA_ORDER_ROUTES = [
  "/admin/orders",
  "/admin/draft-orders",
  "/admin/order-edits",
  "/admin/returns",
  "/admin/exchanges",
  "/admin/claims",
  "/admin/fulfillments",
  "/admin/payments",
  "/admin/payment-collections",
]

/**
 * Admin route prefixes by area of work. Medusa's own routes are listed next to ours because a hidden
 * console menu is not a permission: a role without the register must not reach /admin/products either.
 */
const AREA_PREFIXES: ReadonlyArray<readonly [StaffArea, readonly string[]]> = [
  ["staff", ["/admin/users", "/admin/invites", "/admin/staff"]],
  ["certificates", ["/admin/certifications"]],
  [
    "register",
    [
      "/admin/producers",
      "/admin/producer-users",
      "/admin/product-reviews",
      "/admin/products",
      "/admin/ocop-products",
      "/admin/product-variants",
      "/admin/product-categories",
      "/admin/product-types",
      "/admin/product-tags",
      "/admin/collections",
      "/admin/inventory-items",
      "/admin/price-lists",
      "/admin/uploads",
    ],
  ],
  [
    "orders",
    [...MEDUSA_ORDER_ROUTES, "/admin/ocop-orders", "/admin/reservations", "/admin/customers", "/admin/customer-groups"],
  ],
  // Points of sale are Medusa stock locations; events and reports come with the next issues.
  ["trade", ["/admin/stock-locations", "/admin/points-of-sale", "/admin/trade-events", "/admin/reports"]],
]

/**
 * Express matches routes whatever their case ("/ADMIN/USERS" reaches /admin/users), so the path is
 * compared in lower case, with repeated and trailing slashes dropped; anything else would let a
 * role reach an area through a spelling the map does not know.
 */
export function normalisedPath(path: string): string {
  const lower = path.toLowerCase().replace(/\/{2,}/g, "/")
  return lower.length > 1 ? lower.replace(/\/+$/, "") : lower
}

const startsWithSegment = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}/`)

/** The area an admin path belongs to; "open" for the few routes any staff member may use. */
export function adminAreaOf(path: string): StaffArea | "open" {
  const clean = normalisedPath(path)
  if (OPEN_PATHS.includes(clean)) return "open"
  for (const [area, prefixes] of AREA_PREFIXES) {
    if (prefixes.some((prefix) => startsWithSegment(clean, prefix))) return area
  }
  // Regions, sales channels, keys, store settings… anything not named above.
  return "settings"
}

/** The area a request belongs to, counting its method: writes through Medusa's order routes are settings. */
export function adminAreaOfRequest(method: string, path: string): StaffArea | "open" {
  const area = adminAreaOf(path)
  if (area !== "orders" || neededAccess(method) === "read") return area
  const clean = normalisedPath(path)
  return MEDUSA_ORDER_ROUTES.some((prefix) => startsWithSegment(clean, prefix)) ? "settings" : area
}

/** Reading methods need read access; anything else changes data. */
export function neededAccess(method: string): "read" | "write" {
  return ["GET", "HEAD", "OPTIONS"].includes(method.toUpperCase()) ? "read" : "write"
}
