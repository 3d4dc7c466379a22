import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { TradeEventUpdate } from "@ocop/domain"
import { answeringEventRefusals } from "../../../../workflows/event/errors"
import { loadEvent } from "../../../../workflows/event/load"
import { checkResponsible } from "../../../../workflows/event/responsible"
import { updateTradeEventWorkflow } from "../../../../workflows/event/workflows/update-trade-event"
import { requestLocale } from "../../../utils/http"
import { eventReport } from "../report"
import { eventView } from "../serialize"

/**
 * GET /admin/trade-events/:id — the event, its budget and spending, participants, prices and leads;
 * once it has opened, its report too (the console's event page shows it).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await answeringEventRefusals(requestLocale(req), res, async () => {
    const event = await loadEvent(req.scope, req.params.id!)
    const report = event.status === "planned" ? null : await eventReport(req.scope, event)
    res.json({ trade_event: { ...(await eventView(req.scope, event)), report } })
  })
}

/** POST /admin/trade-events/:id — changes an event that is not closed (409 `event_closed` otherwise). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await answeringEventRefusals(requestLocale(req), res, async () => {
    const changes = req.validatedBody as TradeEventUpdate
    await checkResponsible(req.scope, changes.responsible_user_id)
    await updateTradeEventWorkflow(req.scope).run({ input: { event_id: req.params.id!, changes } })
    res.json({ trade_event: await eventView(req.scope, await loadEvent(req.scope, req.params.id!)) })
  })
}
