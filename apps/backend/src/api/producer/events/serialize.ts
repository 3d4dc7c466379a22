import { eventDays, eventTiming, type EventStatus } from "@ocop/domain"
import type { EventRow } from "../../../workflows/event/load"
import type { boothStockOf } from "../../admin/trade-events/booth-stock"
import { participantView, type ParticipantNames } from "../../admin/trade-events/serialize"

/**
 * An event as the invited producer sees it: what, where, when, and its own invitation only — with
 * the units it declared it brought to the booth when the caller read them.
 */
export function producerEvent(
  event: EventRow,
  producerId: string,
  names: ParticipantNames,
  boothStock?: Awaited<ReturnType<typeof boothStockOf>>,
) {
  const status = event.status as EventStatus
  const mine = event.participants.find((p) => p.producer_id === producerId)!
  const { producer_id: _p, producer_name: _n, producer_handle: _h, ...invitation } = participantView(mine, names)
  return {
    id: event.id,
    handle: event.handle,
    name: event.name,
    name_en: event.name_en,
    kind: event.kind,
    status,
    read_only: status === "closed",
    province: event.province,
    address: event.address,
    starts_at: event.starts_at,
    ends_at: event.ends_at,
    ...eventDays(event),
    timing: eventTiming({ ...event, status }),
    organiser: event.organiser,
    description: event.description,
    invitation: boothStock ? { ...invitation, booth_stock: boothStock } : invitation,
  }
}
