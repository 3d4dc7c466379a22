import type { MedusaContainer } from "@medusajs/framework/types"
import type { EventStatus } from "@ocop/domain"
import { TRADE_EVENT_MODULE } from "../../modules/event"
import type TradeEventModuleService from "../../modules/event/service"
import { eventError } from "./errors"

export type EventService = TradeEventModuleService

export const eventService = (container: MedusaContainer) => container.resolve<EventService>(TRADE_EVENT_MODULE)

/** What every event answer is built from: the row, its budget lines with their spending, participants, leads. */
export const EVENT_RELATIONS = [
  "budget_lines",
  "budget_lines.spendings",
  "participants",
  "participants.products",
  "leads",
]

export type EventRow = Awaited<ReturnType<EventService["retrieveTradeEvent"]>>

/** The event with everything it holds, or the `event_not_found` refusal. */
export async function loadEvent(container: MedusaContainer, id: string): Promise<EventRow> {
  const [event] = await eventService(container).listTradeEvents({ id }, { relations: EVENT_RELATIONS, take: 1 })
  if (!event) throw eventError("event_not_found")
  return event
}

/** The event if it may still change; a closed event is a record (409 `event_closed`). */
export async function loadWritableEvent(container: MedusaContainer, id: string): Promise<EventRow> {
  const event = await loadEvent(container, id)
  if ((event.status as EventStatus) === "closed") throw eventError("event_closed")
  return event
}
