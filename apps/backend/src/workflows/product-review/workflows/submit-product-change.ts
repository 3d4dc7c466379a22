import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { savePendingReviewStep, type PendingReviewData } from "../steps/save-pending-review"

export const submitProductChangeWorkflowId = "submit-product-change"

/**
 * Stores a producer's change to a product as its pending review; nothing buyers see changes until
 * an OCOP office member approves it (approveProductReviewWorkflow).
 */
export const submitProductChangeWorkflow = createWorkflow(submitProductChangeWorkflowId, (input: PendingReviewData) => {
  return new WorkflowResponse(savePendingReviewStep(input))
})
