import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { eventSpendingInputSchema } from "@ocop/domain"
import type { z } from "zod"
import { answeringEventRefusals } from "../../../../../workflows/event/errors"
import { loadEvent } from "../../../../../workflows/event/load"
import { recordSpendingWorkflow } from "../../../../../workflows/event/workflows/participants"
import { requestLocale } from "../../../../utils/http"
import { eventView } from "../../serialize"

/** POST /admin/trade-events/:id/spendings — money spent against one of the event's budget lines. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await answeringEventRefusals(requestLocale(req), res, async () => {
    const body = req.validatedBody as z.output<typeof eventSpendingInputSchema>
    await recordSpendingWorkflow(req.scope).run({
      input: { ...body, event_id: req.params.id!, actor_id: req.auth_context.actor_id },
    })
    res.status(201).json({ trade_event: await eventView(req.scope, await loadEvent(req.scope, req.params.id!)) })
  })
}
