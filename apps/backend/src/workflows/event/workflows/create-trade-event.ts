import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { pointOfSaleInputSchema, type TradeEventValues } from "@ocop/domain"
import { createPointOfSaleWorkflow } from "../../point-of-sale/workflows/create-point-of-sale"
import { attachBoothStep, createTradeEventStep } from "../steps/create-trade-event"

export const createTradeEventWorkflowId = "create-trade-event"

/** The booth's code and handle: the event's handle under "su-kien-", within the place's 100 characters. */
export const boothHandleOf = (handle: string) => `su-kien-${handle}`.slice(0, 100).replace(/-+$/, "")

/**
 * A new planned event with its budget lines and its booth: a place of sale of kind `booth` (its own
 * stock location, sales channel, counter option and first register, exactly as a showroom gets them,
 * decision 024), paused until the event opens. Any step that fails undoes the others.
 */
export const createTradeEventWorkflow = createWorkflow(
  createTradeEventWorkflowId,
  (input: { values: TradeEventValues; sample?: boolean }) => {
    const event = createTradeEventStep(input)
    const boothInput = transform({ input, event }, ({ input, event }) => ({
      trade_event_id: event.id,
      values: pointOfSaleInputSchema.parse({
        code: boothHandleOf(input.values.handle),
        handle: boothHandleOf(input.values.handle),
        name: `Gian hàng ${input.values.name}`.slice(0, 200),
        kind: "booth",
        status: "paused",
        address_1: input.values.address,
        ward: input.values.address.slice(0, 120),
        province: input.values.province,
        description: `Gian hàng của sự kiện ${input.values.name}`.slice(0, 2000),
      }),
    }))
    const place = createPointOfSaleWorkflow.runAsStep({ input: boothInput })
    const attached = attachBoothStep(
      transform({ event, place }, ({ event, place }) => ({
        event_id: event.id,
        place: { id: place.id, stock_location_id: place.stock_location_id, sales_channel_id: place.sales_channel_id },
      })),
    )
    return new WorkflowResponse(attached)
  },
)
