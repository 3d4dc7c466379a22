/**
 * The console's home page for staff (`GET /admin/dashboard`, issue 16): which parts each role sees
 * and what the backend answers. The route computes only the parts of the caller's role, so a part a
 * role does not see is never computed, let alone sent.
 */
import type { SalesReportFigures } from "./reports"
import { staffMay, type StaffArea, type StaffRole } from "./staff-roles"

/**
 * `sales`: today's and this month's revenue by channel, the month by day, top products;
 * `operations`: orders to handle, pickups waiting, registers open, stock running out at the places;
 * `register`: certificates expiring within 90 days, reviews waiting, producers without a valid product.
 */
export const DASHBOARD_SECTIONS = ["sales", "operations", "register"] as const
export type DashboardSection = (typeof DASHBOARD_SECTIONS)[number]

/**
 * Who sees which part, one role a line; a role not named sees none (a clerk's home is its counter).
 * Trade promotion runs sales and the places; the OCOP office runs the register and reads the sales
 * it reports to the province (docs/domain.md §7, §8).
 */
// prettier-ignore
export const DASHBOARD_SECTIONS_BY_ROLE: Readonly<Partial<Record<StaffRole, readonly DashboardSection[]>>> = {
  admin:           ["sales", "operations", "register"],
  trade_promotion: ["sales", "operations"],
  ocop_office:     ["register", "sales"],
}

/** The area a part reads: a role sees a part only when the table names it *and* it reads the area. */
const SECTION_AREAS: Record<DashboardSection, readonly StaffArea[]> = {
  sales: ["trade"],
  operations: ["orders", "counter"],
  register: ["register", "certificates"],
}

/** The parts of the home page a role sees, in the order its line gives them. */
export function dashboardSectionsOf(role: StaffRole | null | undefined): DashboardSection[] {
  if (!role) return []
  return (DASHBOARD_SECTIONS_BY_ROLE[role] ?? []).filter((section) =>
    SECTION_AREAS[section].every((area) => staffMay(role, area, "read")),
  )
}

/** Certificates ending within this many days are shown, in time for re-evaluation. */
export const DASHBOARD_EXPIRY_DAYS = 90

/** How many best sellers, low-stock lines and producers without a valid product are listed. */
export const DASHBOARD_LIST_LIMIT = 5

/** A producer's variant with no more units than this available is shown as running out (a place's default threshold). */
export const PRODUCER_LOW_STOCK_UNITS = 5

/** Where a sale was made: the shop online, a showroom's counter, an event's booth. */
export type DashboardChannelKind = "online" | "showroom" | "event"

/**
 * The one row of online sales, whatever sales channels they went through (the storefront's, Medusa's
 * default one): its key, and its label in the API's language (the console shows its own word).
 */
export const DASHBOARD_ONLINE_KEY = "online"
export const DASHBOARD_ONLINE_LABEL = "Trực tuyến"

/** One sales channel's figures today and this month, as the sales report counts them (decision 029). */
export type DashboardChannel = {
  key: string
  label: string
  kind: DashboardChannelKind
  today: SalesReportFigures
  month: SalesReportFigures
}

export type DashboardSales = {
  today: SalesReportFigures
  month: SalesReportFigures
  channels: DashboardChannel[]
  /** Every day of the month so far, in order, zero when nothing sold. */
  days: { day: string; revenue: number; orders: number }[]
  top_products: { key: string; label: string; revenue: number; units: number }[]
}

export type DashboardLowStock = {
  place_id: string
  place: string
  product_id: string
  product: string
  variant: string | null
  available: number
  threshold: number
}

export type DashboardOperations = {
  orders_to_handle: number
  pickups_waiting: number
  registers_open: number
  low_stock_count: number
  low_stock: DashboardLowStock[]
}

export type DashboardRegister = {
  certificates_expiring: number
  reviews_waiting: number
  producers_without_valid_product: number
  producers_without: { id: string; name: string }[]
}

/** `GET /admin/dashboard`: the parts of the caller's role, the others absent. */
export type StaffDashboard = {
  /** The Vietnam day the figures are for, and the month's first day. */
  today: string
  month_from: string
  sections: DashboardSection[]
  sales?: DashboardSales
  operations?: DashboardOperations
  register?: DashboardRegister
}
