import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { productReviewLockKey } from "../lock"
import { findReviewProductStep } from "../steps/find-review-product"
import { decideProductReviewStep } from "../steps/decide-product-review"

export const rejectProductReviewWorkflowId = "reject-product-review"

/**
 * Rejects a pending review with the reason the producer will read, under the product's review lock;
 * the live product stays as it is. A review no longer pending is refused (`review_already_decided`).
 */
export const rejectProductReviewWorkflow = createWorkflow(
  rejectProductReviewWorkflowId,
  (input: { review_id: string; reviewed_by: string; comment: string }) => {
    const found = findReviewProductStep(transform({ input }, ({ input }) => ({ review_id: input.review_id })))
    const key = transform({ found }, ({ found }) => productReviewLockKey(found.product_id))
    acquireLockStep({ key, timeout: 10, ttl: 120 })
    const decision = transform({ input }, ({ input }) => ({
      id: input.review_id,
      status: "rejected" as const,
      reviewed_by: input.reviewed_by,
      comment: input.comment,
    }))
    const review = decideProductReviewStep(decision)
    releaseLockStep({ key })
    return new WorkflowResponse(review)
  },
)
