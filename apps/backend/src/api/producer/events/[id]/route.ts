import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { answeringEventRefusals } from "../../../../workflows/event/errors"
import { boothStockOf } from "../../../admin/trade-events/booth-stock"
import { participantNames } from "../../../admin/trade-events/serialize"
import { requestLocale } from "../../../utils/http"
import { currentProducer } from "../../scope"
import { invitedEvent } from "../load"
import { producerEvent } from "../serialize"

/** GET /producer/events/:id — one event the producer is invited to (404 for any other). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  await answeringEventRefusals(requestLocale(req), res, async () => {
    const producer = currentProducer(req)
    const event = await invitedEvent(req, producer.id, req.params.id!)
    const mine = { ...event, participants: event.participants.filter((p) => p.producer_id === producer.id) }
    const names = await participantNames(req.scope, [mine])
    res.json({ event: producerEvent(mine, producer.id, names, await boothStockOf(req.scope, event.id, producer.id)) })
  })
}
