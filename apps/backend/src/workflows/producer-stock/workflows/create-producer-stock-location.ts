import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createStockLocationsWorkflow, linkSalesChannelsToStockLocationWorkflow } from "@medusajs/medusa/core-flows"

export const createProducerStockLocationWorkflowId = "create-producer-stock-location"

export type CreateProducerStockLocationInput = {
  producer_id: string
  producer_name: string
  sales_channel_id: string | null
}

/**
 * A producer's own stock location ("Cơ sở <name>", metadata.producer_id), linked to the online
 * sales channel so that stock declared there can be sold.
 */
export const createProducerStockLocationWorkflow = createWorkflow(
  createProducerStockLocationWorkflowId,
  (input: CreateProducerStockLocationInput) => {
    const locations = transform({ input }, ({ input }) => ({
      locations: [{ name: `Cơ sở ${input.producer_name}`, metadata: { producer_id: input.producer_id } }],
    }))
    const created = createStockLocationsWorkflow.runAsStep({ input: locations })
    const link = transform({ input, created }, ({ input, created }) => ({
      id: created[0]!.id,
      add: input.sales_channel_id ? [input.sales_channel_id] : [],
    }))
    linkSalesChannelsToStockLocationWorkflow.runAsStep({ input: link })
    return new WorkflowResponse(transform({ created }, ({ created }) => created[0]!))
  },
)
