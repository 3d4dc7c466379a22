import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendReportFile } from "../../report-file"
import { eventReportPdf } from "../../report-pdf"

/** GET /admin/trade-events/:id/report.pdf — the event report as an A4 PDF for the province (`bao-cao-<handle>.pdf`). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await sendReportFile(req, res, "pdf", (report) => eventReportPdf(report))
}
