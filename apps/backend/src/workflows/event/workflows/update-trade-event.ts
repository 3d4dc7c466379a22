import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { EventStatus, TradeEventUpdate } from "@ocop/domain"
import { followEventDaysStep } from "../steps/event-prices"
import { followEventWithBoothStep, moveTradeEventStep } from "../steps/move-trade-event"
import { updateTradeEventStep } from "../steps/update-trade-event"

/** Changes an event that is not closed; its price list, if any, keeps to the event's days. */
export const updateTradeEventWorkflow = createWorkflow(
  "update-trade-event",
  (input: { event_id: string; changes: TradeEventUpdate }) => {
    const id = updateTradeEventStep(input)
    followEventDaysStep({ event_id: input.event_id })
    return new WorkflowResponse(id)
  },
)

/** Moves an event along planned → open → closed, and its booth with it (paused → selling → closed). */
export const moveTradeEventWorkflow = createWorkflow(
  "move-trade-event",
  (input: { event_id: string; status: EventStatus; actor_id: string }) => {
    const moved = moveTradeEventStep(input)
    followEventWithBoothStep(
      transform({ moved, input }, ({ moved, input }) => ({
        point_of_sale_id: moved.point_of_sale_id,
        status: input.status,
      })),
    )
    return new WorkflowResponse(moved)
  },
)
