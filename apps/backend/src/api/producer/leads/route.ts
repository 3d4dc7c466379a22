import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { eventService } from "../../../workflows/event/load"
import { leadView, participantNames } from "../../admin/trade-events/serialize"
import { currentProducer } from "../scope"

/** GET /producer/leads — the trade buyers met at events who asked for this producer, newest first. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const producer = currentProducer(req)
  const service = eventService(req.scope)
  const leads = await service.listEventLeads({ producer_id: producer.id }, { order: { created_at: "DESC" }, take: 500 })
  const eventIds = [...new Set(leads.map((l) => (l as unknown as { event_id: string }).event_id))]
  const events = eventIds.length
    ? await service.listTradeEvents({ id: eventIds }, { select: ["id", "handle", "name", "starts_at", "ends_at"] })
    : []
  const byId = new Map(events.map((e) => [e.id, e]))
  const names = await participantNames(req.scope, [{ participants: [], leads } as never])
  res.json({
    leads: leads.map((l) => {
      const event = byId.get((l as unknown as { event_id: string }).event_id)
      const { producer_id: _p, producer_name: _n, ...view } = leadView(l as never, names)
      return {
        ...view,
        event: event
          ? { id: event.id, handle: event.handle, name: event.name, starts_at: event.starts_at, ends_at: event.ends_at }
          : null,
      }
    }),
    count: leads.length,
  })
}
