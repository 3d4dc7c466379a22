import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { eventError } from "../errors"
import { eventService, loadWritableEvent } from "../load"

/** What the price list of an event is made from; refuses a closed event or one without a booth. */
export const eventForPricesStep = createStep("event-for-prices", async (input: { event_id: string }, { container }) => {
  const event = await loadWritableEvent(container, input.event_id)
  if (!event.sales_channel_id) throw eventError("event_not_found")
  return new StepResponse({
    id: event.id,
    name: event.name,
    starts_at: event.starts_at,
    ends_at: event.ends_at,
    sales_channel_id: event.sales_channel_id,
    price_list_id: event.price_list_id as string | null,
    prices_online: event.prices_online,
  })
})

/** Names the event's new price list; the compensation puts the old one back. */
export const saveEventPriceListStep = createStep(
  "save-event-price-list",
  async (input: { event_id: string; price_list_id: string; online: boolean }, { container }) => {
    const service = eventService(container)
    const before = await service.retrieveTradeEvent(input.event_id, {
      select: ["id", "price_list_id", "prices_online"],
    })
    await service.updateTradeEvents({
      id: input.event_id,
      price_list_id: input.price_list_id,
      prices_online: input.online,
    })
    return new StepResponse(null, {
      id: before.id,
      price_list_id: before.price_list_id,
      prices_online: before.prices_online,
    })
  },
  async (before, { container }) => {
    if (before) await eventService(container).updateTradeEvents(before)
  },
)

/** Keeps the price list's dates on the event's days after they change; undone with the old dates. */
export const followEventDaysStep = createStep(
  "event-prices-follow-days",
  async (input: { event_id: string }, { container }) => {
    const event = await eventService(container).retrieveTradeEvent(input.event_id, {
      select: ["id", "price_list_id", "starts_at", "ends_at"],
    })
    if (!event.price_list_id) return new StepResponse(null, null)
    const pricing = container.resolve(Modules.PRICING)
    const [list] = await pricing.listPriceLists(
      { id: [event.price_list_id] },
      { select: ["id", "starts_at", "ends_at"] },
    )
    if (!list) return new StepResponse(null, null)
    await pricing.updatePriceLists([
      {
        id: list.id,
        starts_at: new Date(event.starts_at).toISOString(),
        ends_at: new Date(event.ends_at).toISOString(),
      },
    ])
    return new StepResponse(null, { id: list.id, starts_at: list.starts_at, ends_at: list.ends_at })
  },
  async (before, { container }) => {
    if (before) await container.resolve(Modules.PRICING).updatePriceLists([before])
  },
)
