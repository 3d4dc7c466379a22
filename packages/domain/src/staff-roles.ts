/**
 * Staff roles of the console and what each may use (docs/domain.md §8). The backend enforces this table on
 * every admin route and the console hides what a role may not use, so both read it from here. Which
 * admin routes belong to which area is in `admin-routes.ts`; a route it does not name is for
 * administrators only.
 */

/**
 * Areas of work. Certificates are apart from the rest of the register because trade-promotion staff
 * need to read producers and products (for events and points of sale) but not the certificate files.
 * `register`: producers, products, stock; `certificates`: certificates and inspections; `orders`:
 * online orders, payments, fulfilment; `trade`: setting places of sale up, moving stock between them,
 * events, reports; `counter`: working a place's counter (sales, registers, receiving transfers, the
 * pickup queue), always narrowed further to the places a clerk is tied to; `staff`: staff
 * accounts and roles; `reference`: what the product forms read (regions, sales channels, store,
 * shipping profiles). Adding an area is one word here and its routes in `admin-routes.ts`.
 */
export const STAFF_AREAS = ["register", "certificates", "orders", "trade", "counter", "staff", "reference"] as const

/** An area of work in the console and the admin API. */
export type StaffArea = (typeof STAFF_AREAS)[number]

/** What a role may do in an area; `write` includes reading. */
export type StaffAccess = "none" | "read" | "write"

/** The role that may use every admin route, including those no area names. */
export const ADMINISTRATOR = "admin"

/**
 * The permission table, one role a line: what each role may do in each area. An area a role does
 * not name is `none`. The administrator's line grants everything; any other role gets only what its
 * line says. Adding a role is one line here and its name in STAFF_ROLE_NAMES.
 */
// prettier-ignore
export const STAFF_PERMISSIONS = {
  admin:           { register: "write", certificates: "write", orders: "write", trade: "write", counter: "write", staff: "write", reference: "write" },
  ocop_office:     { register: "write", certificates: "write", orders: "read",  trade: "read",  counter: "read",                  reference: "read" },
  trade_promotion: { register: "read",                         orders: "write", trade: "write", counter: "write",                 reference: "read" },
  // Sells at the counters of the places tied to them (metadata.point_of_sale_ids), nothing else (issue 14).
  pos_clerk:       {                                                                             counter: "write" },
} as const satisfies Record<string, Partial<Record<StaffArea, StaffAccess>>>

/** A staff role, stored in a Medusa user's `metadata.role`. */
export type StaffRole = keyof typeof STAFF_PERMISSIONS

/** Roles stored in a Medusa user's `metadata.role`, in the table's order. */
export const STAFF_ROLES = Object.keys(STAFF_PERMISSIONS) as readonly StaffRole[]

/** Type guard for a staff role. */
export function isStaffRole(value: unknown): value is StaffRole {
  return typeof value === "string" && Object.prototype.hasOwnProperty.call(STAFF_PERMISSIONS, value)
}

/** The role in a user's metadata, or null when it is missing or unknown (no role: no access). */
export function staffRoleOf(metadata: Record<string, unknown> | null | undefined): StaffRole | null {
  const role = metadata?.role
  return isStaffRole(role) ? role : null
}

/** What the role may do in the area; a missing role, or an area its line does not name, is `none`. */
export function staffAccess(role: StaffRole | null | undefined, area: StaffArea): StaffAccess {
  if (!role || !isStaffRole(role)) return "none"
  const line: Partial<Record<StaffArea, StaffAccess>> = STAFF_PERMISSIONS[role]
  return line[area] ?? "none"
}

/** Whether the role may read (`need = 'read'`) or change (`need = 'write'`) the area. */
export function staffMay(role: StaffRole | null | undefined, area: StaffArea, need: "read" | "write"): boolean {
  const access = staffAccess(role, area)
  return need === "read" ? access !== "none" : access === "write"
}

/** Role names for staff screens. */
export const STAFF_ROLE_NAMES: Readonly<Record<StaffRole, { vi: string; en: string }>> = {
  admin: { vi: "Quản trị hệ thống", en: "Administrator" },
  ocop_office: { vi: "Chi cục Phát triển nông thôn (Văn phòng OCOP)", en: "OCOP office" },
  trade_promotion: { vi: "Trung tâm Khuyến công và Xúc tiến thương mại", en: "Trade promotion" },
  pos_clerk: { vi: "Nhân viên bán hàng tại điểm bán", en: "Point-of-sale clerk" },
}

/**
 * The places of sale (point-of-sale ids) a clerk is tied to, kept in the user's
 * `metadata.point_of_sale_ids`; anything that is not a list of strings counts as none.
 */
export function clerkPlacesOf(metadata: Record<string, unknown> | null | undefined): string[] {
  const ids = metadata?.point_of_sale_ids
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === "string" && id.length > 0) : []
}

/**
 * Whether a staff member with `role` and `places` may work the counter of place `placeId` (`write`)
 * or see it (`read`): a clerk only at their own places, the other roles as their counter access says.
 */
export function mayActAtPlace(
  role: StaffRole | null | undefined,
  places: readonly string[],
  placeId: string,
  need: "read" | "write",
): boolean {
  if (!staffMay(role, "counter", need)) return false
  return role === "pos_clerk" ? places.includes(placeId) : true
}
