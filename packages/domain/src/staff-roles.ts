/**
 * Staff roles of the console and what each may use (domain.md §8). The backend enforces this map on
 * every admin route and the console hides what a role may not use, so both read it from here.
 */

/** Roles stored in a Medusa user's `metadata.role`. */
export const STAFF_ROLES = ["admin", "ocop_office", "trade_promotion"] as const

/** A staff role. */
export type StaffRole = (typeof STAFF_ROLES)[number]

/**
 * Areas of work. Certificates are apart from the rest of the register because trade-promotion staff
 * need to read producers and products (for events and points of sale) but not the certificate files.
 */
export const STAFF_AREAS = ["register", "certificates", "orders", "trade", "staff", "settings"] as const

/** An area of work in the console and the admin API. */
export type StaffArea = (typeof STAFF_AREAS)[number]

/** What a role may do in an area; `write` includes reading. */
export type StaffAccess = "none" | "read" | "write"

/**
 * The permission map. `register`: producers, products, stock; `certificates`: certificates and
 * inspections; `orders`: online orders, payments, fulfilment; `trade`: points of sale, events,
 * reports; `staff`: staff accounts and roles; `settings`: everything else of Medusa (regions,
 * sales channels, keys…), readable by all so product forms can offer regions and channels.
 */
export const STAFF_PERMISSIONS: Readonly<Record<StaffRole, Readonly<Record<StaffArea, StaffAccess>>>> = {
  admin: {
    register: "write",
    certificates: "write",
    orders: "write",
    trade: "write",
    staff: "write",
    settings: "write",
  },
  ocop_office: {
    register: "write",
    certificates: "write",
    orders: "read",
    trade: "read",
    staff: "none",
    settings: "read",
  },
  trade_promotion: {
    register: "read",
    certificates: "none",
    orders: "write",
    trade: "write",
    staff: "none",
    settings: "read",
  },
}

/** Type guard for a staff role. */
export function isStaffRole(value: unknown): value is StaffRole {
  return typeof value === "string" && (STAFF_ROLES as readonly string[]).includes(value)
}

/** The role in a user's metadata, or null when it is missing or unknown (no role: no access). */
export function staffRoleOf(metadata: Record<string, unknown> | null | undefined): StaffRole | null {
  const role = metadata?.role
  return isStaffRole(role) ? role : null
}

/** What the role may do in the area; a missing role may do nothing. */
export function staffAccess(role: StaffRole | null | undefined, area: StaffArea): StaffAccess {
  return role ? STAFF_PERMISSIONS[role][area] : "none"
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
}
