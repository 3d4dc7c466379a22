import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { answeringEventRefusals } from "../../../../../workflows/event/errors"
import { loadEvent } from "../../../../../workflows/event/load"
import { requestLocale } from "../../../../utils/http"
import { eventReport } from "../../report"

/**
 * GET /admin/trade-events/:id/report — revenue and units by producer and product against the
 * target, spending by line against the budget, leads by producer, and the booth's stock
 * reconciliation (decision 028). The same report as files: `report.xlsx` and `report.pdf` beside this route.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await answeringEventRefusals(requestLocale(req), res, async () => {
    const event = await loadEvent(req.scope, req.params.id!)
    res.json({ report: await eventReport(req.scope, event) })
  })
}
