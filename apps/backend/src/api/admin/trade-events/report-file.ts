import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { answeringEventRefusals } from "../../../workflows/event/errors"
import { loadEvent } from "../../../workflows/event/load"
import { requestLocale } from "../../utils/http"
import { eventReport, type EventReport } from "./report"
import { reportFileName } from "./report-labels"

const CONTENT_TYPES = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
} as const

/**
 * Answers the event report as a file: the same `eventReport` the JSON route answers, drawn by
 * `draw`, sent as a download named after the event's handle (ASCII already, so no encoding).
 */
export async function sendReportFile(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse,
  ext: keyof typeof CONTENT_TYPES,
  draw: (report: EventReport) => Promise<Buffer>,
) {
  await answeringEventRefusals(requestLocale(req), res, async () => {
    const event = await loadEvent(req.scope, req.params.id!)
    const report = await eventReport(req.scope, event)
    const file = await draw(report)
    res.setHeader("content-type", CONTENT_TYPES[ext])
    res.setHeader("content-disposition", `attachment; filename="${reportFileName(report, ext)}"`)
    res.setHeader("cache-control", "no-store")
    res.send(file)
  })
}
