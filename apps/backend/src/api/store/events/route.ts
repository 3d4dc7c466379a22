import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sortEventsForVisitors, type EventStatus } from "@ocop/domain"
import { eventService } from "../../../workflows/event/load"
import { storeEvent } from "./serialize"

/** GET /store/events — every event, running and coming first, past ones after (`sortEventsForVisitors`). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const rows = await eventService(req.scope).listTradeEvents({}, { take: 500, order: { starts_at: "DESC" } })
  const now = new Date()
  const sorted = sortEventsForVisitors(
    rows.map((e) => ({ ...e, status: e.status as EventStatus })),
    now,
  )
  res.json({ events: sorted.map((e) => storeEvent(e, now)), count: sorted.length })
}
