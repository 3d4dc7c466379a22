import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { batchProductVariantsWorkflow, createAndLinkProductOptionsToProductWorkflow } from "@medusajs/medusa/core-flows"
import type { VariantPlan } from "../variant-plan"

export const saveProductVariantsWorkflowId = "save-product-variants"

/**
 * Adds, changes and removes a product's variants in one go: first the packaging values the new
 * titles need on the product's option, then Medusa's variant batch (prices, inventory items). A
 * failure in the batch takes the new option values back; the catalogue follows the product events.
 */
export const saveProductVariantsWorkflow = createWorkflow(saveProductVariantsWorkflowId, (input: VariantPlan) => {
  const optionInput = transform({ input }, ({ input }) => {
    const option = input.option
    if (!option) return null
    return "create" in option
      ? { product_id: input.product_id, add: [option.create] }
      : {
          product_id: input.product_id,
          update: [{ product_option_id: option.option_id, add: option.add.map((value) => ({ value })) }],
        }
  })
  when({ optionInput }, ({ optionInput }) => optionInput !== null).then(() => {
    createAndLinkProductOptionsToProductWorkflow.runAsStep({ input: optionInput! })
  })
  const batch = transform({ input }, ({ input }) => ({
    create: input.create,
    update: input.update,
    delete: input.delete,
  }))
  const result = batchProductVariantsWorkflow.runAsStep({ input: batch })
  return new WorkflowResponse(result)
})
