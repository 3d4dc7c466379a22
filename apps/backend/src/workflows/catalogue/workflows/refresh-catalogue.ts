import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { refreshCatalogueEntriesStep, type RefreshCatalogueInput } from "../steps/refresh-catalogue-entries"

export const refreshCatalogueWorkflowId = "refresh-catalogue"

/**
 * Recomputes the storefront catalogue read model for the given products, or for every product
 * (in batches) when product_ids is omitted. An empty list refreshes nothing. Run it after any
 * write that changes what buyers see; the subscribers run it on product, variant and price events.
 */
export const refreshCatalogueWorkflow = createWorkflow(refreshCatalogueWorkflowId, (input: RefreshCatalogueInput) => {
  const result = refreshCatalogueEntriesStep(input)
  return new WorkflowResponse(result)
})
