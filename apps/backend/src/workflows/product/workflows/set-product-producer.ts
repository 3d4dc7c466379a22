import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { productReviewLockKey } from "../../product-review/lock"
import { withdrawMovedReviewsStep } from "../../product-review/steps/withdraw-moved-reviews"
import { checkProducerStep } from "../steps/check-producer"
import { attachProductsToProducersWorkflow, type AttachProductInput } from "./attach-products-to-producers"

export const setProductProducerWorkflowId = "set-product-producer"

export type SetProductProducerInput = AttachProductInput & { reviewed_by: string }

/**
 * Staff give a product its producer and OCOP profile. Under the lock producers' submissions and
 * reviewers' decisions take for the product: checks product and producer, closes the pending
 * reviews of a previous producer (who no longer speaks for the product), then links the producer,
 * writes the profile and refreshes the catalogue row. A failure in any step undoes the others.
 */
export const setProductProducerWorkflow = createWorkflow(
  setProductProducerWorkflowId,
  (input: SetProductProducerInput) => {
    const key = transform({ input }, ({ input }) => productReviewLockKey(input.product_id))
    acquireLockStep({ key, timeout: 10, ttl: 60 })
    useQueryGraphStep({
      entity: "product",
      fields: ["id"],
      filters: { id: input.product_id },
      options: { throwIfKeyNotFound: true },
    })
    checkProducerStep(transform({ input }, ({ input }) => ({ producer_id: input.producer_id })))
    withdrawMovedReviewsStep(
      transform({ input }, ({ input }) => ({
        product_id: input.product_id,
        producer_id: input.producer_id,
        reviewed_by: input.reviewed_by,
      })),
    )
    const attach = transform({ input }, ({ input }) => {
      const { reviewed_by: _reviewer, ...product } = input
      return { products: [product] }
    })
    const profiles = attachProductsToProducersWorkflow.runAsStep({ input: attach })
    releaseLockStep({ key })
    return new WorkflowResponse(profiles)
  },
)
