import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { mayMoveEvent, type EventStatus, type PlaceStatus } from "@ocop/domain"
import { POINT_OF_SALE_MODULE } from "../../../modules/point-of-sale"
import type PointOfSaleModuleService from "../../../modules/point-of-sale/service"
import { eventError } from "../errors"
import { eventService, loadEvent } from "../load"

/** planned → open → closed, as EVENT_TRANSITIONS says; anything else is 409 (a closed event: `event_closed`). */
export const moveTradeEventStep = createStep(
  "move-trade-event",
  async (input: { event_id: string; status: EventStatus; actor_id: string }, { container }) => {
    const event = await loadEvent(container, input.event_id)
    const from = event.status as EventStatus
    if (from === "closed") throw eventError("event_closed")
    if (!mayMoveEvent(from, input.status)) throw eventError("event_status_move")
    const closing = input.status === "closed"
    const moved = await eventService(container).updateTradeEvents({
      id: event.id,
      status: input.status,
      closed_at: closing ? new Date() : null,
      closed_by: closing ? input.actor_id : null,
    })
    return new StepResponse(moved, { id: event.id, status: from })
  },
  async (before, { container }) => {
    if (!before) return
    await eventService(container).updateTradeEvents({ ...before, closed_at: null, closed_by: null })
  },
)

/** The booth sells while its event is open: paused before, closed after. */
export const BOOTH_STATUS: Readonly<Record<EventStatus, PlaceStatus>> = {
  planned: "paused",
  open: "active",
  closed: "closed",
}

/** Sets the booth's status to follow the event; the compensation puts the old one back. */
export const followEventWithBoothStep = createStep(
  "follow-event-with-booth",
  async (input: { point_of_sale_id: string | null; status: EventStatus }, { container }) => {
    if (!input.point_of_sale_id) return new StepResponse(null, null)
    const places = container.resolve<PointOfSaleModuleService>(POINT_OF_SALE_MODULE)
    const place = await places.retrievePointOfSale(input.point_of_sale_id, { select: ["id", "status"] })
    await places.updatePointOfSales({ id: place.id, status: BOOTH_STATUS[input.status] })
    return new StepResponse(null, { id: place.id, status: place.status })
  },
  async (before, { container }) => {
    if (!before) return
    await container.resolve<PointOfSaleModuleService>(POINT_OF_SALE_MODULE).updatePointOfSales(before)
  },
)
