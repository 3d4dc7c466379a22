import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { refreshCatalogueWorkflow } from "../../catalogue/workflows/refresh-catalogue"
import { updateProducersStep, type UpdateProducerData } from "../steps/update-producers"

export const updateProducersWorkflowId = "update-producers"

/**
 * Updates producers, then refreshes the catalogue rows of their products: the producer's name is
 * searchable, its handle filters the catalogue, and a suspended producer's products leave the store.
 */
export const updateProducersWorkflow = createWorkflow(
  updateProducersWorkflowId,
  (input: { producers: UpdateProducerData[] }) => {
    const updated = updateProducersStep(input.producers)
    const ids = transform({ input }, ({ input }) => input.producers.map((p) => p.id))
    const { data: linked } = useQueryGraphStep({
      entity: "producer",
      fields: ["id", "products.id"],
      filters: { id: ids },
    }).config({ name: "producer-products" })
    const productIds = transform({ linked }, ({ linked }) =>
      (linked as any[]).flatMap((p) => (p.products ?? []).filter(Boolean).map((product: { id: string }) => product.id)),
    )
    refreshCatalogueWorkflow.runAsStep({ input: { product_ids: productIds } })
    return new WorkflowResponse(updated)
  },
)
