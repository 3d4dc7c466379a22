import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { withdrawMovedReviewsStep, type WithdrawMovedReviewsInput } from "../steps/withdraw-moved-reviews"

export const withdrawMovedReviewsWorkflowId = "withdraw-moved-product-reviews"

/** Closes the pending reviews a product's previous producer submitted, once staff move the product. */
export const withdrawMovedReviewsWorkflow = createWorkflow(
  withdrawMovedReviewsWorkflowId,
  (input: WithdrawMovedReviewsInput) => {
    return new WorkflowResponse(withdrawMovedReviewsStep(input))
  },
)
