import { z } from "zod"
import { DISTRICT_CODES, districtName, isDistrictCode } from "./places"
import { isProductGroupCode, PRODUCT_GROUP_CODES, productGroupName } from "./product-groups"
import { checkDayRange, queryDaySchema } from "./day-range"

/** The ways the sales report groups its rows (issue 16). */
export const SALES_REPORT_GROUPS = [
  "day",
  "week",
  "month",
  "product",
  "producer",
  "district",
  "star_level",
  "product_group",
  "sales_channel",
  "point_of_sale",
  "event",
] as const

/** A grouping of the sales report. */
export type SalesReportGroup = (typeof SALES_REPORT_GROUPS)[number]

/** The longest range one report covers: three years of days, enough for a year against the last. */
export const SALES_REPORT_MAX_DAYS = 3 * 366

/** An id to filter by: one, at most 100 characters. */
const reportId = z.string({ error: "invalid_value" }).trim().min(1, "required").max(100, "too_long").optional()

/** GET /admin/reports/sales: Vietnam days `from`–`to`, both inclusive, one grouping, any filters. */
export const salesReportQuerySchema = z
  .object({
    from: queryDaySchema,
    to: queryDaySchema,
    group_by: z.enum(SALES_REPORT_GROUPS, { error: "invalid_value" }),
    product_id: reportId,
    producer_id: reportId,
    district: z.enum(DISTRICT_CODES, { error: "invalid_district" }).optional(),
    star_level: z.enum(["1", "2", "3", "4", "5"], { error: "invalid_star_level" }).transform(Number).optional(),
    product_group: z.enum(PRODUCT_GROUP_CODES, { error: "invalid_product_group" }).optional(),
    sales_channel_id: reportId,
    point_of_sale_id: reportId,
    event_id: reportId,
  })
  .strict()
  .superRefine(checkDayRange(SALES_REPORT_MAX_DAYS))

/** A valid sales report query. */
export type SalesReportQuery = z.output<typeof salesReportQuerySchema>

/** The filters of a sales report query: the lines of one producer, place, star level… */
export type SalesReportFilters = Omit<SalesReportQuery, "from" | "to" | "group_by">

/** Figures of a row or of the whole range: đồng, and US cents apart (decision 029). */
export type SalesReportFigures = { revenue: number; revenue_usd: number; orders: number; units: number }

/** One row of the sales report: a day, a product, a channel… */
export type SalesReportRow = SalesReportFigures & { key: string; label: string }

/** The sales report's answer. */
export type SalesReport = { rows: SalesReportRow[]; totals: SalesReportFigures }

const NO_GROUP = { vi: "(không có)", en: "(none)" } as const

/**
 * The label a person reads for a row whose database label is a code or missing: district and
 * product-group names, "3 sao", and "(không có)" for sales with no such thing (an online sale has
 * no point of sale).
 */
export function salesReportLabel(groupBy: SalesReportGroup, key: string, label: string, locale: "vi" | "en"): string {
  if (key === "none") return NO_GROUP[locale]
  if (groupBy === "district" && isDistrictCode(key)) return districtName(key, locale)
  if (groupBy === "product_group" && isProductGroupCode(key)) return productGroupName(key, locale)
  if (groupBy === "star_level") return locale === "en" ? `${key} stars` : `${key} sao`
  return label || key
}

/** Rows over time in calendar order; rows by group the best sellers (by đồng, then units) first. */
export function sortSalesReportRows<T extends SalesReportRow>(groupBy: SalesReportGroup, rows: T[]): T[] {
  const byTime = groupBy === "day" || groupBy === "week" || groupBy === "month"
  return [...rows].sort((a, b) =>
    byTime ? a.key.localeCompare(b.key) : b.revenue - a.revenue || b.units - a.units || a.key.localeCompare(b.key),
  )
}
