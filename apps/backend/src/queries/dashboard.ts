import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import {
  DASHBOARD_EXPIRY_DAYS,
  DASHBOARD_LIST_LIMIT,
  DASHBOARD_ONLINE_KEY,
  DASHBOARD_ONLINE_LABEL,
  OPEN_ORDER_STATUSES,
  addDays,
  isoDateToDate,
  toIsoDate,
  vietnamDayRange,
  type DashboardChannel,
  type DashboardChannelKind,
  type DashboardLowStock,
  type DashboardOperations,
  type DashboardRegister,
  type DashboardSales,
  type SalesReport,
  type SalesReportFigures,
} from "@ocop/domain"
import { factsSql } from "../api/admin/ocop-orders/order-facts-sql"
import { PRODUCER_PRODUCT_LINK_TABLE } from "../links/producer-product"
import { syncSaleLines } from "./sale-lines"
import { salesReportOfSynced } from "./sales-report"

/** The Vietnam days the home page speaks of: today, and the month from its first day to today. */
export type DashboardDays = { today: string; monthFrom: string }

export function dashboardDays(now = new Date()): DashboardDays {
  const today = toIsoDate(now)
  return { today, monthFrom: `${today.slice(0, 8)}01` }
}

const range = (from: string, to: string) => ({ start: vietnamDayRange(from).start, end: vietnamDayRange(to).end })
const NOTHING: SalesReportFigures = Object.freeze({ revenue: 0, revenue_usd: 0, orders: 0, units: 0 })
// Channels share no order, so their figures add up (orders included).
const addFigures = (a: SalesReportFigures, b: SalesReportFigures): SalesReportFigures => ({
  revenue: a.revenue + b.revenue,
  revenue_usd: a.revenue_usd + b.revenue_usd,
  orders: a.orders + b.orders,
  units: a.units + b.units,
})

type ChannelRow = {
  id: string
  name: string
  place: string | null
  place_kind: string | null
  place_status: string | null
  event: string | null
}

/** Every sales channel with the place or event that owns it (decisions 024, 028). */
async function channels(knex: Knex): Promise<ChannelRow[]> {
  const { rows } = await knex.raw(
    `SELECT sc.id, sc.name, pos.name AS place, pos.kind AS place_kind, pos.status AS place_status, te.name AS event
     FROM sales_channel sc
     LEFT JOIN point_of_sale pos ON pos.sales_channel_id = sc.id AND pos.deleted_at IS NULL
     LEFT JOIN trade_event te ON te.sales_channel_id = sc.id AND te.deleted_at IS NULL
     WHERE sc.deleted_at IS NULL AND (sc.is_disabled = false OR pos.id IS NOT NULL OR te.id IS NOT NULL)
     ORDER BY sc.created_at`,
  )
  return rows as ChannelRow[]
}

const kindOf = (c: ChannelRow): DashboardChannelKind =>
  c.event || c.place_kind === "booth" ? "event" : c.place ? "showroom" : "online"

/**
 * Sales as the sales report counts them (the same statement, decision 029), so the home page and
 * the report never disagree: today and this month by channel, the month by day, the month's best
 * sellers. The shop online (one row, whatever its channels) and every open showroom are listed
 * even on a day without sales; an event's booth only once it has sold this month.
 */
export async function dashboardSales(knex: Knex, days: DashboardDays): Promise<DashboardSales> {
  const today = range(days.today, days.today)
  const month = range(days.monthFrom, days.today)
  // One catch-up for the four reports, not four in turn under its lock.
  await syncSaleLines(knex)
  const [todayByChannel, monthByChannel, monthByDay, monthByProduct, allChannels] = await Promise.all([
    salesReportOfSynced(knex, today, "sales_channel"),
    salesReportOfSynced(knex, month, "sales_channel"),
    salesReportOfSynced(knex, month, "day"),
    salesReportOfSynced(knex, month, "product"),
    channels(knex),
  ])
  const figuresBy = (report: SalesReport) => new Map(report.rows.map(({ key, label: _l, ...f }) => [key, f]))
  const todayOf = figuresBy(todayByChannel)
  const monthOf = figuresBy(monthByChannel)
  const places = allChannels.filter((c) => kindOf(c) !== "online")
  const placeIds = new Set(places.map((c) => c.id))
  // Every channel that is neither a place's nor an event's is the shop online: the storefront's, and
  // Medusa's "Default Sales Channel" made on first boot, which nobody should read as a channel of ours.
  const onlineOf = (report: SalesReport) =>
    report.rows.filter((r) => !placeIds.has(r.key)).reduce((sum, r) => addFigures(sum, r), { ...NOTHING })
  const online: DashboardChannel = {
    key: DASHBOARD_ONLINE_KEY,
    label: DASHBOARD_ONLINE_LABEL,
    kind: "online",
    today: onlineOf(todayByChannel),
    month: onlineOf(monthByChannel),
  }
  const listed: DashboardChannel[] = [
    online,
    ...places
      .filter(
        (c) => todayOf.has(c.id) || monthOf.has(c.id) || (kindOf(c) === "showroom" && c.place_status === "active"),
      )
      .map((c) => ({
        key: c.id,
        label: c.event ?? c.place ?? c.name,
        kind: kindOf(c),
        today: todayOf.get(c.id) ?? { ...NOTHING },
        month: monthOf.get(c.id) ?? { ...NOTHING },
      })),
  ]
  const byDay = new Map(monthByDay.rows.map((r) => [r.key, r]))
  const dayList: DashboardSales["days"] = []
  for (let day = days.monthFrom; day <= days.today; day = toIsoDate(addDays(isoDateToDate(day)!, 1))) {
    dayList.push({ day, revenue: byDay.get(day)?.revenue ?? 0, orders: byDay.get(day)?.orders ?? 0 })
  }
  const top = [...monthByProduct.rows]
    .filter((r) => r.revenue > 0 || r.units > 0)
    .sort((a, b) => b.revenue - a.revenue || b.units - a.units)
    .slice(0, DASHBOARD_LIST_LIMIT)
    .map(({ key, label, revenue, units }) => ({ key, label, revenue, units }))
  return {
    today: todayByChannel.totals,
    month: monthByChannel.totals,
    channels: listed,
    days: dayList,
    top_products: top,
  }
}

/**
 * Work waiting: online orders still open and not delivered (pickups among them, computed as the
 * order list and the pickup queue compute them, decision 013), registers open now, and the shelves
 * of active places holding no more than the place's low-stock threshold.
 */
export async function dashboardOperations(knex: Knex): Promise<DashboardOperations> {
  const open = OPEN_ORDER_STATUSES.map(() => "?").join(", ")
  const [orders, registers, low] = await Promise.all([
    knex.raw(
      `SELECT count(*) AS to_handle, count(*) FILTER (WHERE f.delivery = 'pickup') AS pickups
       FROM (${factsSql(["fulfillment_status", "delivery"])}) f
       WHERE f.status IN (${open}) AND f.fulfillment_status NOT IN ('delivered', 'canceled')`,
      [...OPEN_ORDER_STATUSES],
    ),
    knex.raw(`SELECT count(*) AS n FROM register_session WHERE status = 'open' AND deleted_at IS NULL`),
    knex.raw(
      `SELECT pos.id AS place_id, pos.name AS place, p.id AS product_id, p.title AS product, v.title AS variant,
              floor((il.stocked_quantity - il.reserved_quantity) / COALESCE(vii.required_quantity, 1))::int AS available,
              pos.low_stock_threshold AS threshold, count(*) OVER () AS full_count
       FROM point_of_sale pos
       JOIN inventory_level il ON il.location_id = pos.stock_location_id AND il.deleted_at IS NULL
       JOIN product_variant_inventory_item vii ON vii.inventory_item_id = il.inventory_item_id AND vii.deleted_at IS NULL
       JOIN product_variant v ON v.id = vii.variant_id AND v.deleted_at IS NULL AND v.manage_inventory
       JOIN product p ON p.id = v.product_id AND p.deleted_at IS NULL AND p.status = 'published'
       WHERE pos.deleted_at IS NULL AND pos.status = 'active'
         AND floor((il.stocked_quantity - il.reserved_quantity) / COALESCE(vii.required_quantity, 1)) <= pos.low_stock_threshold
       ORDER BY available, pos.name, p.title, v.title
       LIMIT ?`,
      [DASHBOARD_LIST_LIMIT],
    ),
  ])
  const lowRows = low.rows as (DashboardLowStock & { full_count: string })[]
  return {
    orders_to_handle: Number(orders.rows[0].to_handle),
    pickups_waiting: Number(orders.rows[0].pickups),
    registers_open: Number(registers.rows[0].n),
    low_stock_count: Number(lowRows[0]?.full_count ?? 0),
    low_stock: lowRows.map(({ full_count: _n, ...row }) => ({ ...row, available: Number(row.available) })),
  }
}

/**
 * The register's work for the OCOP office: certificates in force whose last day is within 90 days
 * (as the certificate list's `expiring_within_days` filter counts them), product changes waiting for
 * a decision, and active producers none of whose products holds a certificate in force today.
 */
export async function dashboardRegister(knex: Knex, now = new Date()): Promise<DashboardRegister> {
  // Certificate days are stored as UTC midnight of the Vietnam day (decision 001).
  const today = isoDateToDate(toIsoDate(now))!
  const until = isoDateToDate(toIsoDate(addDays(today, DASHBOARD_EXPIRY_DAYS)))!
  const notRevoked = `(c.revoked_at IS NULL OR c.revoked_at > ?)`
  const [expiring, reviews, producers] = await Promise.all([
    knex.raw(
      `SELECT count(*) AS n FROM certification c
       WHERE c.deleted_at IS NULL AND ${notRevoked} AND c.valid_until >= ? AND c.valid_until <= ?`,
      [now, today, until],
    ),
    knex.raw(`SELECT count(*) AS n FROM product_review WHERE status = 'pending' AND deleted_at IS NULL`),
    knex.raw(
      `SELECT pr.id, pr.name, count(*) OVER () AS full_count FROM producer pr
       WHERE pr.deleted_at IS NULL AND pr.status = 'active' AND NOT EXISTS (
         SELECT 1 FROM ${PRODUCER_PRODUCT_LINK_TABLE} l
         JOIN certification c ON c.product_id = l.product_id AND c.deleted_at IS NULL
         WHERE l.producer_id = pr.id AND l.deleted_at IS NULL
           AND ${notRevoked} AND c.valid_from <= ? AND c.valid_until >= ?)
       ORDER BY pr.name LIMIT ?`,
      [now, today, today, DASHBOARD_LIST_LIMIT],
    ),
  ])
  const producerRows = producers.rows as { id: string; name: string; full_count: string }[]
  return {
    certificates_expiring: Number(expiring.rows[0].n),
    reviews_waiting: Number(reviews.rows[0].n),
    producers_without_valid_product: Number(producerRows[0]?.full_count ?? 0),
    producers_without: producerRows.map(({ id, name }) => ({ id, name })),
  }
}
