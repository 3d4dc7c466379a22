import { STAFF_ROLES, staffMay, type StaffArea, type StaffRole } from "@ocop/domain"

/** Console roles, stored in the Medusa user's `metadata.role`; the map lives in @ocop/domain. */
export const ROLES = STAFF_ROLES
export type Role = StaffRole

/**
 * react-admin's `permissions` for a signed-in producer user. It is no staff role, so every staff
 * check below answers "no" for a producer: staff menus, pages and figures stay hidden from them.
 */
export const PRODUCER_PERMISSIONS = "producer"

/** Whether the signed-in actor is a producer's user (not staff). */
export function isProducer(permissions: unknown): boolean {
  return permissions === PRODUCER_PERMISSIONS
}

/** The role react-admin holds as `permissions`: a known role, or null for none (no access). */
export function asRole(permissions: unknown): Role | null {
  return typeof permissions === "string" && (ROLES as readonly string[]).includes(permissions)
    ? (permissions as Role)
    : null
}

/** Whether the signed-in role may see the area at all. */
export function canRead(permissions: unknown, area: StaffArea): boolean {
  return staffMay(asRole(permissions), area, "read")
}

/** Whether the signed-in role may change the area; the backend refuses the same things. */
export function canWrite(permissions: unknown, area: StaffArea): boolean {
  return staffMay(asRole(permissions), area, "write")
}

/** The area of each console resource: what its list, show and export need to read, the rest to write. */
export const RESOURCE_AREAS: Record<string, StaffArea> = {
  producers: "register",
  products: "register",
  certifications: "certificates",
  orders: "orders",
  staff: "staff",
  "product-reviews": "register",
  "points-of-sale": "counter",
  "stock-transfers": "counter",
  "trade-events": "trade",
  // Pages that are no resource (issue 16): the sales report reads what /admin/reports answers.
  reports: "trade",
  // The programme panel: the register's figures against the plan; the OCOP office sets the targets.
  programme: "register",
  // a page (the printed catalogue): reading it is listing, generating one is creating
  "catalogue-prints": "trade",
  // a page: what the province owes producers (recording support payments is the certificates area's)
  payouts: "trade",
  // recording Resolution 26/2020 support paid (a button on the payouts page)
  "support-payments": "certificates",
}

/** The producer console's resources, in menu order; only a producer sees them (and no staff resource). */
export const PRODUCER_RESOURCES = [
  "producer-products",
  "producer-stock",
  "producer-orders",
  "producer-events",
  "producer-leads",
  "producer-profile",
  // a page: the producer's own payout statements
  "producer-payouts",
] as const

/** Resources whose writes belong to another area: a clerk reads its place, only trade promotion sets one up. */
export const RESOURCE_WRITE_AREAS: Record<string, StaffArea> = {
  "points-of-sale": "trade",
  "stock-transfers": "trade",
}

/** The counter screen (issue 14), a page rather than a resource: for whoever may work a counter. */
export const COUNTER_PAGE = "counter"

const READ_ACTIONS = new Set(["list", "show", "export"])

/**
 * react-admin's `canAccess` for the console: a producer's user reaches the producer console and
 * nothing else; staff reach each resource as their role's area allows (list, show and export read,
 * every other action writes). A resource without an area is for reading by staff with a role (a
 * reference shown on a page); the server judges every call anyway.
 */
export function mayAccess(permissions: unknown, resource: string, action: string): boolean {
  if ((PRODUCER_RESOURCES as readonly string[]).includes(resource)) return isProducer(permissions)
  if (resource === COUNTER_PAGE) return canWrite(permissions, "counter")
  const area = RESOURCE_AREAS[resource]
  const reading = READ_ACTIONS.has(action)
  if (!area) return reading && asRole(permissions) !== null
  return reading ? canRead(permissions, area) : canWrite(permissions, RESOURCE_WRITE_AREAS[resource] ?? area)
}
