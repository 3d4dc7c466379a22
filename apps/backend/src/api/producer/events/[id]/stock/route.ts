import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { BoothStockDeclaration } from "@ocop/domain"
import { answeringEventRefusals } from "../../../../../workflows/event/errors"
import { recordBoothStockWorkflow } from "../../../../../workflows/event/workflows/booth-stock"
import { boothStockOf } from "../../../../admin/trade-events/booth-stock"
import { participantNames } from "../../../../admin/trade-events/serialize"
import { requestLocale } from "../../../../utils/http"
import { currentProducer, currentProducerUser } from "../../../scope"
import { invitedEvent } from "../../load"
import { producerEvent } from "../../serialize"

/**
 * POST /producer/events/:id/stock { lines: [{ variant_id, quantity }], note? } — a producer taking
 * part declares the units of its own products it brings to the booth itself: the booth's stock
 * rises by them and the report counts them as received. Another's event is 404, another's product
 * 400 `product_not_of_producer`, a closed event 409 `event_closed`; a refusal changes nothing.
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  await answeringEventRefusals(requestLocale(req), res, async () => {
    const producer = currentProducer(req)
    const body = req.validatedBody as BoothStockDeclaration
    const event = await invitedEvent(req, producer.id, req.params.id!)
    await recordBoothStockWorkflow(req.scope).run({
      input: {
        event_id: event.id,
        kind: "declared",
        producer_id: producer.id,
        lines: body.lines,
        reason: null,
        note: body.note ?? null,
        actor_id: currentProducerUser(req).id,
      },
    })
    const fresh = await invitedEvent(req, producer.id, event.id)
    const only = { ...fresh, participants: fresh.participants.filter((p) => p.producer_id === producer.id) }
    const names = await participantNames(req.scope, [only])
    res.status(201).json({
      event: producerEvent(only, producer.id, names, await boothStockOf(req.scope, event.id, producer.id)),
    })
  })
}
