import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createPriceListsWorkflow, deletePriceListsWorkflow } from "@medusajs/medusa/core-flows"
import type { EventPrices } from "@ocop/domain"
import { eventForPricesStep, saveEventPriceListStep } from "../steps/event-prices"

export type SetEventPricesInput = EventPrices & {
  event_id: string
  /** The storefront's sales channel, for prices that apply online too. */
  online_channel_id: string | null
}

/**
 * Replaces an event's prices: a new Medusa price list (type sale, active from the first to the end
 * of the last day of the event) with a rule on the booth's sales channel — and the online channel
 * when asked — then the old list goes. Medusa's carts price by `sales_channel_id`, so the list
 * applies nowhere else; the counter reads it the same way (`sellableAt`). Every step compensates.
 */
export const setEventPricesWorkflow = createWorkflow("set-event-prices", (input: SetEventPricesInput) => {
  const event = eventForPricesStep({ event_id: input.event_id })
  const listInput = transform({ input, event }, ({ input, event }) => ({
    price_lists_data: [
      {
        title: `Giá sự kiện: ${event.name}`.slice(0, 250),
        description: `Giá bán tại gian hàng sự kiện${input.online ? " và trực tuyến" : ""} (${event.id})`,
        type: "sale" as const,
        status: "active" as const,
        starts_at: new Date(event.starts_at).toISOString(),
        ends_at: new Date(event.ends_at).toISOString(),
        rules: {
          sales_channel_id: [
            event.sales_channel_id,
            ...(input.online && input.online_channel_id ? [input.online_channel_id] : []),
          ],
        },
        prices: input.prices.map((p) => ({ variant_id: p.variant_id, amount: p.amount, currency_code: "vnd" })),
        metadata: { trade_event_id: event.id },
      },
    ],
  }))
  const lists = createPriceListsWorkflow.runAsStep({ input: listInput })
  when({ event }, ({ event }) => Boolean(event.price_list_id)).then(() => {
    deletePriceListsWorkflow.runAsStep({
      input: transform({ event }, ({ event }) => ({ ids: [event.price_list_id!] })),
    })
  })
  const saved = saveEventPriceListStep(
    transform({ input, lists }, ({ input, lists }) => ({
      event_id: input.event_id,
      price_list_id: lists[0]!.id,
      online: input.online && Boolean(input.online_channel_id),
    })),
  )
  return new WorkflowResponse(saved)
})
