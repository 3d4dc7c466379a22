import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { EventStatus } from "@ocop/domain"
import { answeringEventRefusals } from "../../../../../workflows/event/errors"
import { loadEvent } from "../../../../../workflows/event/load"
import { moveTradeEventWorkflow } from "../../../../../workflows/event/workflows/update-trade-event"
import { requestLocale } from "../../../../utils/http"
import { eventView } from "../../serialize"

/** POST /admin/trade-events/:id/status { status } — planned → open → closed; the booth follows. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await answeringEventRefusals(requestLocale(req), res, async () => {
    const { status } = req.validatedBody as { status: EventStatus }
    await moveTradeEventWorkflow(req.scope).run({
      input: { event_id: req.params.id!, status, actor_id: req.auth_context.actor_id },
    })
    res.json({ trade_event: await eventView(req.scope, await loadEvent(req.scope, req.params.id!)) })
  })
}
