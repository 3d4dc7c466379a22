import {
  ADMINISTRATOR,
  STAFF_AREAS,
  STAFF_PERMISSIONS,
  STAFF_ROLES,
  staffMay,
  type StaffArea,
  type StaffRole,
} from "./staff-roles"

/**
 * Which admin routes belong to which area: the only way a role other than the administrator reaches
 * an `/admin` route. A route no line names — ours or one Medusa adds in an upgrade — is for
 * administrators only, so anything new fails closed (decision 015).
 *
 * A line is `[path prefix, area]` or `[path prefix, area, "read"]`; the third column caps what any
 * role gets through that prefix at reading, whatever it holds in the area, or, as `{ writes: area }`,
 * sends the writes through the prefix to another area (a clerk reads its place; only trade promotion
 * sets a place up). The longest matching prefix wins, so a narrower line can take a path back from a
 * wider one (`"administrators"`).
 */
export type AdminRouteLine = readonly [
  prefix: string,
  area: StaffArea | "administrators",
  most?: "read" | { readonly writes: StaffArea },
]

export const ADMIN_ROUTE_AREAS: readonly AdminRouteLine[] = [
  // register: producers, products, stock, reviews of producers' changes, pictures
  ["/admin/producers", "register"],
  ["/admin/producer-users", "register"],
  ["/admin/product-reviews", "register"],
  ["/admin/ocop-products", "register"],
  ["/admin/products", "register"],
  ["/admin/product-variants", "register"],
  ["/admin/inventory-items", "register"],
  ["/admin/uploads", "register"],
  // the OCOP programme's yearly targets against the register (issue 16): the office sets them
  ["/admin/programme", "register"],
  // Medusa's product import/export write files and run batch jobs: the console uses ours.
  ["/admin/products/import", "administrators"],
  ["/admin/products/imports", "administrators"],
  ["/admin/products/export", "administrators"],
  ["/admin/uploads/presigned-urls", "administrators"],
  // certificates
  ["/admin/certifications", "certificates"],
  // orders: staff act through our order actions, which insist on a reason and the payment rules
  // (decision 013); Medusa's own order routes are readable, their writes are for administrators.
  ["/admin/ocop-orders", "orders"],
  ["/admin/orders", "orders", "read"],
  ["/admin/payments", "orders", "read"],
  // trade: stock locations are changed by administrators (places of sale make theirs), events, reports
  ["/admin/stock-locations", "trade", "read"],
  ["/admin/trade-events", "trade"],
  ["/admin/reports", "trade"],
  // the home page's figures: read only; the route computes only the parts of the caller's role (dashboard.ts)
  ["/admin/dashboard", "trade", "read"],
  // the printed catalogue (domain §7): trade promotion publishes it
  ["/admin/catalogue-prints", "trade"],
  // what the province owes producers (issue 16); recording support paid is the OCOP office's
  ["/admin/payouts", "trade"],
  ["/admin/support-payments", "certificates"],
  // counter (issue 14): the routes also check that a clerk works at the place. Setting a place up and
  // sending stock between places is trade promotion's; receiving it is the destination's counter.
  ["/admin/points-of-sale", "counter", { writes: "trade" }],
  ["/admin/stock-transfers", "counter", { writes: "trade" }],
  ["/admin/stock-transfer-receipts", "counter"],
  ["/admin/counter-sales", "counter"],
  ["/admin/register-sessions", "counter"],
  ["/admin/pickup-queue", "counter"],
  // whom a place's manager is chosen from: staff names and e-mails, so not the counter's
  ["/admin/place-managers", "trade", "read"],
  // whom an event's responsible person is chosen from: staff names and e-mails, likewise
  ["/admin/event-staff", "trade", "read"],
  // staff accounts and roles
  ["/admin/staff", "staff"],
  ["/admin/users", "staff"],
  // reference data the product and stock forms read
  ["/admin/regions", "reference", "read"],
  ["/admin/sales-channels", "reference", "read"],
  ["/admin/stores", "reference", "read"],
  ["/admin/currencies", "reference", "read"],
  ["/admin/shipping-profiles", "reference", "read"],
]

/** Routes every signed-in staff member may call, whatever their role (or none): who am I. */
export const ADMIN_ROUTES_FOR_ANY_STAFF: readonly (readonly [method: string, path: string])[] = [
  ["GET", "/admin/users/me"],
]

/**
 * Admin routes with no sign-in of a staff member: accepting a staff invite (the invitee holds only a
 * registration token, which the route checks itself). Every other admin route needs a staff actor.
 */
export const ADMIN_ROUTES_WITHOUT_STAFF: readonly (readonly [method: string, path: string])[] = [
  ["POST", "/admin/staff/invites/accept"],
]

/**
 * Routes closed to everyone, administrators too, because nothing of ours uses them and they undo a
 * rule: Medusa's invites give accounts without a role and hand out raw tokens (our staff invites
 * replace them); writing `/admin/users/me` would let anyone edit their own metadata, role included.
 */
export const CLOSED_ADMIN_ROUTES: readonly (readonly [method: "*" | "write", prefix: string])[] = [
  ["*", "/admin/invites"],
  ["write", "/admin/users/me"],
]

/**
 * Express matches routes whatever their case ("/ADMIN/USERS" reaches /admin/users), so the path is
 * compared in lower case, with repeated and trailing slashes dropped; anything else would let a
 * role reach an area through a spelling the table does not know.
 */
export function normalisedPath(path: string): string {
  const lower = path.toLowerCase().replace(/\/{2,}/g, "/")
  return lower.length > 1 ? lower.replace(/\/+$/, "") : lower
}

const underPrefix = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}/`)

/** Reading methods need read access; anything else changes data. */
export function neededAccess(method: string): "read" | "write" {
  return ["GET", "HEAD", "OPTIONS"].includes(method.toUpperCase()) ? "read" : "write"
}

/** The table's line for a path (longest prefix), or undefined: administrators only. */
export function adminRouteLineOf(path: string): AdminRouteLine | undefined {
  const clean = normalisedPath(path)
  let best: AdminRouteLine | undefined
  for (const line of ADMIN_ROUTE_AREAS) {
    if (underPrefix(clean, line[0]) && (!best || line[0].length > best[0].length)) best = line
  }
  return best
}

/** Whether the route is closed to everyone. */
export function isClosedAdminRoute(method: string, path: string): boolean {
  const clean = normalisedPath(path)
  return CLOSED_ADMIN_ROUTES.some(
    ([methods, prefix]) => underPrefix(clean, prefix) && (methods === "*" || neededAccess(method) === "write"),
  )
}

const listed = (list: readonly (readonly [string, string])[], method: string, path: string) =>
  list.some(([m, p]) => m === method.toUpperCase() && p === normalisedPath(path))

/** Whether a route may be called without a staff actor (it checks its caller itself). */
export function isAdminRouteWithoutStaff(method: string, path: string): boolean {
  return listed(ADMIN_ROUTES_WITHOUT_STAFF, method, path)
}

/**
 * Whether a staff member with `role` (null: none or unknown) may call `method path` under /admin.
 * The administrator may call everything not closed; any other role only what a line grants.
 */
export function staffMayCall(role: StaffRole | null, method: string, path: string): boolean {
  if (isClosedAdminRoute(method, path)) return false
  if (listed(ADMIN_ROUTES_FOR_ANY_STAFF, method, path)) return true
  if (role === ADMINISTRATOR) return true
  const line = adminRouteLineOf(path)
  if (!line || line[1] === "administrators") return false
  const need = neededAccess(method)
  if (line[2] === "read" && need === "write") return false
  if (typeof line[2] === "object" && need === "write") return staffMay(role, line[2].writes, "write")
  return staffMay(role, line[1], need)
}

/** The area of an admin path, for screens that explain a refusal; "administrators" when no line names it. */
export function adminAreaOf(path: string): StaffArea | "administrators" {
  return adminRouteLineOf(path)?.[1] ?? "administrators"
}
