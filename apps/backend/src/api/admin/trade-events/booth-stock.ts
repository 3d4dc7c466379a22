import type { MedusaContainer } from "@medusajs/framework/types"
import { eventService } from "../../../workflows/event/load"

/** An event's booth stock records (declared by producers, lost at the booth), oldest first. */
export async function boothStockOf(container: MedusaContainer, eventId: string, producerId?: string) {
  const rows = await eventService(container).listEventBoothStocks(
    { event_id: eventId, ...(producerId ? { producer_id: producerId } : {}) },
    { order: { created_at: "ASC" } },
  )
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    producer_id: r.producer_id,
    variant_id: r.variant_id,
    title: r.title,
    quantity: r.quantity,
    reason: r.reason,
    note: r.note,
    recorded_by: r.recorded_by,
    created_at: r.created_at,
  }))
}
