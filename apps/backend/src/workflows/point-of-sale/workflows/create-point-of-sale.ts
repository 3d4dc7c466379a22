import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createSalesChannelsWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import type { PointOfSaleValues } from "@ocop/domain"
import { createCounterFulfilmentStep } from "../steps/create-counter-fulfilment"
import { savePointOfSaleStep } from "../steps/save-point-of-sale"

export const createPointOfSaleWorkflowId = "create-point-of-sale"

export type CreatePointOfSaleInput = { values: PointOfSaleValues; trade_event_id?: string | null }

/**
 * A new place of sale: its own stock location (its shelf, `metadata.point_of_sale` = code), its own
 * sales channel linked to that location only — so Medusa's stock checks for its counter sales see
 * this shelf and nothing else — the counter's fulfilment option, and the place with a first register.
 * The location is not linked to the online channel: online orders keep selling the warehouse's stock.
 */
export const createPointOfSaleWorkflow = createWorkflow(
  createPointOfSaleWorkflowId,
  (input: CreatePointOfSaleInput) => {
    const locationInput = transform({ input }, ({ input }) => ({
      locations: [
        {
          name: input.values.name,
          address: {
            address_1: input.values.address_1,
            city: input.values.ward,
            province: input.values.province,
            country_code: "vn",
            phone: input.values.phone ?? undefined,
          },
          metadata: { point_of_sale: input.values.code },
        },
      ],
    }))
    const locations = createStockLocationsWorkflow.runAsStep({ input: locationInput })
    const channelInput = transform({ input }, ({ input }) => ({
      salesChannelsData: [{ name: `Quầy ${input.values.name}`, description: `Bán tại quầy: ${input.values.code}` }],
    }))
    const channels = createSalesChannelsWorkflow.runAsStep({ input: channelInput })
    const linkInput = transform({ locations, channels }, ({ locations, channels }) => ({
      id: locations[0]!.id,
      add: [channels[0]!.id],
    }))
    linkSalesChannelsToStockLocationWorkflow.runAsStep({ input: linkInput })
    const counterInput = transform({ locations, input }, ({ locations, input }) => ({
      location_id: locations[0]!.id,
      name: input.values.name,
    }))
    const counter = createCounterFulfilmentStep(counterInput)
    const saveInput = transform({ input, locations, channels, counter }, ({ input, locations, channels, counter }) => ({
      values: input.values,
      stock_location_id: locations[0]!.id,
      sales_channel_id: channels[0]!.id,
      counter_shipping_option_id: counter.shipping_option_id,
      trade_event_id: input.trade_event_id ?? null,
    }))
    return new WorkflowResponse(savePointOfSaleStep(saveInput))
  },
)
