import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { eventSpan, type TradeEventValues } from "@ocop/domain"
import { eventError } from "../errors"
import { eventService } from "../load"

export const createTradeEventStepId = "create-trade-event"

/** Writes a planned event and its budget lines; the compensation removes them. */
export const createTradeEventStep = createStep(
  createTradeEventStepId,
  async (input: { values: TradeEventValues; sample?: boolean }, { container }) => {
    const service = eventService(container)
    const { budget_lines, starts_on, ends_on, ...fields } = input.values
    const taken = await service.listTradeEvents({ handle: fields.handle }, { select: ["id"], take: 1 })
    if (taken.length) throw eventError("event_handle_taken")
    const event = await service.createTradeEvents({
      ...fields,
      ...eventSpan(starts_on, ends_on),
      status: "planned",
      metadata: input.sample ? { sample_data: true } : null,
    })
    if (budget_lines.length) {
      await service.createEventBudgetLines(budget_lines.map((line) => ({ ...line, event_id: event.id })))
    }
    return new StepResponse(event, event.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service = eventService(container)
    const lines = await service.listEventBudgetLines({ event_id: id }, { select: ["id"] })
    if (lines.length) await service.deleteEventBudgetLines(lines.map((l) => l.id))
    await service.deleteTradeEvents([id])
  },
)

/** Names the booth on the event; undone with the event itself. */
export const attachBoothStep = createStep(
  "attach-event-booth",
  async (
    input: { event_id: string; place: { id: string; stock_location_id: string; sales_channel_id: string } },
    { container },
  ) => {
    const event = await eventService(container).updateTradeEvents({
      id: input.event_id,
      point_of_sale_id: input.place.id,
      stock_location_id: input.place.stock_location_id,
      sales_channel_id: input.place.sales_channel_id,
    })
    return new StepResponse(event)
  },
)
