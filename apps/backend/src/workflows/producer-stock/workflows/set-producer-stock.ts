import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductVariantsWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { setInventoryLevelStep } from "../steps/set-inventory-level"

export const setProducerStockWorkflowId = "set-producer-stock"

export type SetProducerStockInput = {
  variant_id: string
  location_id: string
  quantity: number
  manages_inventory: boolean
}

/**
 * Sets a variant's stock at the producer's location. A variant that did not track stock starts to
 * (Medusa then gives it an inventory item), since declaring stock means it is limited.
 */
export const setProducerStockWorkflow = createWorkflow(setProducerStockWorkflowId, (input: SetProducerStockInput) => {
  when("track-variant-stock", { input }, ({ input }) => !input.manages_inventory).then(() => {
    updateProductVariantsWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        product_variants: [{ id: input.variant_id, manage_inventory: true }],
      })),
    })
  })
  const { data: variants } = useQueryGraphStep({
    entity: "product_variant",
    fields: ["id", "inventory_items.inventory_item_id"],
    filters: { id: input.variant_id },
  }).config({ name: "variant-inventory-item" })
  const level = transform({ input, variants }, ({ input, variants }) => ({
    inventory_item_id: (variants as any[])[0]!.inventory_items.find(Boolean)!.inventory_item_id as string,
    location_id: input.location_id,
    stocked_quantity: input.quantity,
  }))
  const saved = setInventoryLevelStep(level)
  return new WorkflowResponse(saved)
})
