import type { MedusaRequest } from "@medusajs/framework/http"
import { eventError } from "../../../workflows/event/errors"
import { EVENT_RELATIONS, eventService, type EventRow } from "../../../workflows/event/load"

/** The events the producer is invited to, newest first. */
export async function invitedEvents(req: MedusaRequest, producerId: string): Promise<EventRow[]> {
  const service = eventService(req.scope)
  const mine = await service.listEventParticipants({ producer_id: producerId }, { select: ["id", "event_id"] })
  if (!mine.length) return []
  return service.listTradeEvents(
    { id: mine.map((p) => (p as unknown as { event_id: string }).event_id) },
    { relations: EVENT_RELATIONS, order: { starts_at: "DESC" } },
  )
}

/** One event the producer is invited to; another's, or one that does not exist, is the same 404. */
export async function invitedEvent(req: MedusaRequest, producerId: string, eventId: string): Promise<EventRow> {
  const [event] = await eventService(req.scope).listTradeEvents(
    { id: eventId },
    { relations: EVENT_RELATIONS, take: 1 },
  )
  if (!event || !event.participants.some((p) => p.producer_id === producerId)) throw eventError("event_not_found")
  return event
}
