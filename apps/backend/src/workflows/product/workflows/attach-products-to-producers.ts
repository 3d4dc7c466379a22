import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { refreshCatalogueWorkflow } from "../../catalogue/workflows/refresh-catalogue"
import { setProductProducersStep } from "../steps/set-product-producers"
import { upsertProductProfilesStep, type ProductProfileData } from "../steps/upsert-product-profiles"

export const attachProductsToProducersWorkflowId = "attach-products-to-producers"

export type AttachProductInput = ProductProfileData & { producer_id: string }

/**
 * Makes Medusa products OCOP products: links each to its one producer (replacing any earlier
 * producer), records its group, origin district and English texts, and refreshes its catalogue row.
 */
export const attachProductsToProducersWorkflow = createWorkflow(
  attachProductsToProducersWorkflowId,
  (input: { products: AttachProductInput[] }) => {
    const pairs = transform({ input }, ({ input }) =>
      input.products.map((p) => ({ product_id: p.product_id, producer_id: p.producer_id })),
    )
    const profilesInput = transform({ input }, ({ input }) =>
      input.products.map(({ producer_id: _producer, ...profile }) => profile),
    )
    setProductProducersStep(pairs)
    const profiles = upsertProductProfilesStep(profilesInput)
    const productIds = transform({ input }, ({ input }) => input.products.map((p) => p.product_id))
    refreshCatalogueWorkflow.runAsStep({ input: { product_ids: productIds } })
    return new WorkflowResponse(profiles)
  },
)
