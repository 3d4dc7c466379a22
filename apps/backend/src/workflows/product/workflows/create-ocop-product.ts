import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import type { AdminProductCreate } from "@ocop/domain"
import { attachNewProduct, newProductInput } from "../new-product"
import { checkProducerStep } from "../steps/check-producer"
import { readStoreDefaultsStep } from "../steps/read-store-defaults"
import { attachProductsToProducersWorkflow } from "./attach-products-to-producers"

export const createOcopProductWorkflowId = "create-ocop-product"

/**
 * The console's new product, in one go: checks the producer, creates the Medusa product (variants
 * with VND and USD prices, inventory items for tracked stock, the store's sales channel and shipping
 * profile), links it to its producer with its OCOP profile and refreshes its catalogue row. Every
 * step is compensated, so a failure at any point leaves no product, link, profile or stock row.
 * Returns the new product's id.
 */
export const createOcopProductWorkflow = createWorkflow(createOcopProductWorkflowId, (input: AdminProductCreate) => {
  checkProducerStep(transform({ input }, ({ input }) => ({ producer_id: input.producer_id })))
  const placement = readStoreDefaultsStep()
  const products = transform({ input, placement }, ({ input, placement }) => ({
    products: [
      newProductInput(
        {
          title: input.title,
          status: input.status,
          ...(input.handle ? { handle: input.handle } : {}),
          ...(input.description ? { description: input.description } : {}),
        },
        input.variants,
        placement,
      ),
    ],
  }))
  const created = createProductsWorkflow.runAsStep({ input: products })
  const attach = transform({ input, created }, ({ input, created }) =>
    attachNewProduct(created[0]!.id, input.producer_id, input),
  )
  attachProductsToProducersWorkflow.runAsStep({ input: attach })
  return new WorkflowResponse(transform({ created }, ({ created }) => created[0]!.id))
})
