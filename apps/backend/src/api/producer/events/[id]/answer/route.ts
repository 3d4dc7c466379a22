import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { invitationAnswerSchema } from "@ocop/domain"
import type { z } from "zod"
import { answeringEventRefusals } from "../../../../../workflows/event/errors"
import { changeParticipantWorkflow } from "../../../../../workflows/event/workflows/participants"
import { participantNames } from "../../../../admin/trade-events/serialize"
import { requestLocale } from "../../../../utils/http"
import { currentProducer, currentProducerUser } from "../../../scope"
import { invitedEvent } from "../../load"
import { producerEvent } from "../../serialize"

/**
 * POST /producer/events/:id/answer { take_part, products? } — the producer takes part (with the
 * products and units it brings; left out, the ones staff picked stay) or not (its products go).
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  await answeringEventRefusals(requestLocale(req), res, async () => {
    const producer = currentProducer(req)
    const body = req.validatedBody as z.output<typeof invitationAnswerSchema>
    const event = await invitedEvent(req, producer.id, req.params.id!)
    const mine = event.participants.find((p) => p.producer_id === producer.id)!
    await changeParticipantWorkflow(req.scope).run({
      input: {
        event_id: event.id,
        participant_id: mine.id,
        producer_id: producer.id,
        as_producer: true,
        status: body.take_part ? "accepted" : "declined",
        answered_by: currentProducerUser(req).id,
        products: body.take_part ? body.products : [],
      },
    })
    const fresh = await invitedEvent(req, producer.id, event.id)
    const only = { ...fresh, participants: fresh.participants.filter((p) => p.producer_id === producer.id) }
    res.json({ event: producerEvent(only, producer.id, await participantNames(req.scope, [only])) })
  })
}
