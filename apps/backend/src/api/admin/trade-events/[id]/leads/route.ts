import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { LeadValues } from "@ocop/domain"
import { answeringEventRefusals } from "../../../../../workflows/event/errors"
import { loadEvent } from "../../../../../workflows/event/load"
import { recordLeadWorkflow } from "../../../../../workflows/event/workflows/leads"
import { requestLocale } from "../../../../utils/http"
import { eventView } from "../../serialize"

/** POST /admin/trade-events/:id/leads — a trade buyer met at the booth, for a producer taking part. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await answeringEventRefusals(requestLocale(req), res, async () => {
    await recordLeadWorkflow(req.scope).run({
      input: { event_id: req.params.id!, values: req.validatedBody as LeadValues, actor_id: req.auth_context.actor_id },
    })
    res.status(201).json({ trade_event: await eventView(req.scope, await loadEvent(req.scope, req.params.id!)) })
  })
}
