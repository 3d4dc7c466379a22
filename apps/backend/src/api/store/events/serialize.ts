import { eventDays, eventTiming, type EventStatus } from "@ocop/domain"
import type { EventRow } from "../../../workflows/event/load"

/** What a visitor sees of an event: what, where, when. No budget, target or staff. */
export function storeEvent(event: EventRow, now = new Date()) {
  const status = event.status as EventStatus
  return {
    handle: event.handle,
    name: event.name,
    name_en: event.name_en,
    kind: event.kind,
    starts_at: event.starts_at,
    ends_at: event.ends_at,
    ...eventDays(event),
    timing: eventTiming({ ...event, status }, now),
    venue: { province: event.province, address: event.address },
    organiser: event.organiser,
    description: event.description,
  }
}
