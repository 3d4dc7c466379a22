import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendReportFile } from "../../report-file"
import { eventReportXlsx } from "../../report-xlsx"

/** GET /admin/trade-events/:id/report.xlsx — the event report as a workbook (`bao-cao-<handle>.xlsx`). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await sendReportFile(req, res, "xlsx", eventReportXlsx)
}
