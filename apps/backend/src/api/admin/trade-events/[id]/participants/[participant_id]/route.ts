import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { participantUpdateSchema } from "@ocop/domain"
import type { z } from "zod"
import { answeringEventRefusals, eventError } from "../../../../../../workflows/event/errors"
import { loadEvent } from "../../../../../../workflows/event/load"
import { changeParticipantWorkflow } from "../../../../../../workflows/event/workflows/participants"
import { requestLocale } from "../../../../../utils/http"
import { eventView } from "../../../serialize"

/** POST /admin/trade-events/:id/participants/:participant_id — booth number and products. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await answeringEventRefusals(requestLocale(req), res, async () => {
    const body = req.validatedBody as z.output<typeof participantUpdateSchema>
    const event = await loadEvent(req.scope, req.params.id!)
    const participant = event.participants.find((p) => p.id === req.params.participant_id)
    if (!participant) throw eventError("participant_not_found")
    await changeParticipantWorkflow(req.scope).run({
      input: {
        ...body,
        event_id: event.id,
        participant_id: participant.id,
        producer_id: participant.producer_id,
        as_producer: false,
      },
    })
    res.json({ trade_event: await eventView(req.scope, await loadEvent(req.scope, event.id)) })
  })
}
