import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { productReviewLockKey } from "../lock"
import { planProductChangeStep, type ProductChangeRequest } from "../steps/plan-product-change"
import { savePendingReviewStep } from "../steps/save-pending-review"

export const submitProductChangeWorkflowId = "submit-product-change"

/**
 * A producer's change to a product, under the product's review lock: checked against the live
 * product and laid over the producer's pending change (planProductChangeStep), then stored as the
 * product's pending review. Nothing buyers see changes until an OCOP office member approves it
 * (approveProductReviewWorkflow). Returns the plan: its refusal, or the review stored.
 */
export const submitProductChangeWorkflow = createWorkflow(
  submitProductChangeWorkflowId,
  (input: ProductChangeRequest) => {
    const key = transform({ input }, ({ input }) => productReviewLockKey(input.product_id))
    acquireLockStep({ key, timeout: 10, ttl: 60 })
    const plan = planProductChangeStep(input)
    when("store-product-change", { plan }, ({ plan }) => plan.refusal === null).then(() => {
      savePendingReviewStep(transform({ plan }, ({ plan }) => (plan.refusal === null ? plan.review : null!)))
    })
    releaseLockStep({ key })
    return new WorkflowResponse(plan)
  },
)
