import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { LeadUpdate } from "@ocop/domain"
import { answeringEventRefusals } from "../../../../../../workflows/event/errors"
import { loadEvent } from "../../../../../../workflows/event/load"
import { followUpLeadWorkflow } from "../../../../../../workflows/event/workflows/leads"
import { requestLocale } from "../../../../../utils/http"
import { eventView } from "../../../serialize"

/** POST /admin/trade-events/:id/leads/:lead_id — the follow-up (allowed after the event closes). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await answeringEventRefusals(requestLocale(req), res, async () => {
    await followUpLeadWorkflow(req.scope).run({
      input: { event_id: req.params.id!, lead_id: req.params.lead_id!, changes: req.validatedBody as LeadUpdate },
    })
    res.json({ trade_event: await eventView(req.scope, await loadEvent(req.scope, req.params.id!)) })
  })
}
