import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  salesReportLabel,
  sortSalesReportRows,
  vietnamDayRange,
  type SalesReport,
  type SalesReportQuery,
} from "@ocop/domain"
import { salesReport } from "../../../../queries/sales-report"
import { requestLocale } from "../../../utils/http"

/**
 * GET /admin/reports/sales?from&to&group_by — sales over Vietnam days `from`–`to` (both inclusive)
 * grouped one way and filtered by any dimension (`producer_id`, `point_of_sale_id`, `star_level`…): revenue in whole đồng (US-dollar orders apart, in cents), orders and units, as
 * decision 029 defines them. Every grouping of a range has the same totals.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse<SalesReport>) {
  const query = req.validatedQuery as SalesReportQuery
  const range = { start: vietnamDayRange(query.from).start, end: vietnamDayRange(query.to).end }
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { from: _from, to: _to, group_by: groupBy, ...filters } = query
  const report = await salesReport(knex, range, groupBy, filters)
  const locale = requestLocale(req)
  const rows = report.rows.map((row) => ({
    ...row,
    label: salesReportLabel(query.group_by, row.key, row.label, locale),
  }))
  res.json({ rows: sortSalesReportRows(query.group_by, rows), totals: report.totals })
}
