import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createSalesChannelsWorkflow, linkSalesChannelsToStockLocationWorkflow } from "@medusajs/medusa/core-flows"
import type { PointOfSaleValues } from "@ocop/domain"
import { createCounterFulfilmentStep } from "../steps/create-counter-fulfilment"
import { savePointOfSaleStep } from "../steps/save-point-of-sale"

export const adoptStockLocationWorkflowId = "adopt-stock-location-as-point-of-sale"

export type AdoptStockLocationInput = { values: PointOfSaleValues; stock_location_id: string }

/**
 * Makes a place of sale of a stock location that already exists (the showrooms that were only pickup
 * points before issue 14): its own sales channel, the counter's fulfilment option, the place row.
 */
export const adoptStockLocationWorkflow = createWorkflow(
  adoptStockLocationWorkflowId,
  (input: AdoptStockLocationInput) => {
    const channelInput = transform({ input }, ({ input }) => ({
      salesChannelsData: [{ name: `Quầy ${input.values.name}`, description: `Bán tại quầy: ${input.values.code}` }],
    }))
    const channels = createSalesChannelsWorkflow.runAsStep({ input: channelInput })
    const linkInput = transform({ input, channels }, ({ input, channels }) => ({
      id: input.stock_location_id,
      add: [channels[0]!.id],
    }))
    linkSalesChannelsToStockLocationWorkflow.runAsStep({ input: linkInput })
    const counterInput = transform({ input }, ({ input }) => ({
      location_id: input.stock_location_id,
      name: input.values.name,
    }))
    const counter = createCounterFulfilmentStep(counterInput)
    const saveInput = transform({ input, channels, counter }, ({ input, channels, counter }) => ({
      values: input.values,
      stock_location_id: input.stock_location_id,
      sales_channel_id: channels[0]!.id,
      counter_shipping_option_id: counter.shipping_option_id,
    }))
    return new WorkflowResponse(savePointOfSaleStep(saveInput))
  },
)
