import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { participantNames } from "../../admin/trade-events/serialize"
import { currentProducer } from "../scope"
import { invitedEvents } from "./load"
import { producerEvent } from "./serialize"

/** GET /producer/events — the events the producer is invited to, each with its own invitation. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const producer = currentProducer(req)
  const events = await invitedEvents(req, producer.id)
  const mine = events.map((e) => ({ ...e, participants: e.participants.filter((p) => p.producer_id === producer.id) }))
  const names = await participantNames(req.scope, mine)
  res.json({ events: mine.map((e) => producerEvent(e, producer.id, names)), count: mine.length })
}
