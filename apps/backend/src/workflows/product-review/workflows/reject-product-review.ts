import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { decideProductReviewStep } from "../steps/decide-product-review"

export const rejectProductReviewWorkflowId = "reject-product-review"

/** Rejects a pending review with the reason the producer will read; the live product stays as it is. */
export const rejectProductReviewWorkflow = createWorkflow(
  rejectProductReviewWorkflowId,
  (input: { review_id: string; reviewed_by: string; comment: string }) => {
    const decision = transform({ input }, ({ input }) => ({
      id: input.review_id,
      status: "rejected" as const,
      reviewed_by: input.reviewed_by,
      comment: input.comment,
    }))
    return new WorkflowResponse(decideProductReviewStep(decision))
  },
)
