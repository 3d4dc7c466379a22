import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "zod"
import { vietnamIsoDay } from "@ocop/domain"
import { dayReport } from "../../../../../workflows/point-of-sale/day-report"
import { dayReportPdf } from "../../../../../workflows/point-of-sale/pdf/day-report-pdf"
import { placeFor } from "../../../../utils/place-access"
import type { dayReportQuerySchema } from "../../validators"

/**
 * GET /admin/points-of-sale/:id/day-report?date=yyyy-mm-dd&format=json|pdf — the end-of-day report
 * of a place (Vietnam calendar day, today by default) as data for the page, or as a PDF.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const place = await placeFor(req, req.params.id!, "read")
  const query = req.validatedQuery as z.infer<typeof dayReportQuerySchema>
  const report = await dayReport(req.scope, place, query.date ?? vietnamIsoDay())
  if (query.format === "json") return res.json({ day_report: report })
  const pdf = await dayReportPdf(report)
  res.setHeader("content-type", "application/pdf")
  res.setHeader("content-disposition", `inline; filename="bao-cao-${place.code}-${report.day}.pdf"`)
  res.send(pdf)
}
