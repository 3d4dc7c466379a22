import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ErrorCode } from "@ocop/domain"
import { PRODUCT_REVIEW_MODULE } from "../../../modules/product-review"
import type ProductReviewModuleService from "../../../modules/product-review/service"
import type { ProductReviewRecord } from "../types"

export const decideProductReviewStepId = "decide-product-review"

export type ReviewDecision = {
  id: string
  status: "approved" | "rejected"
  reviewed_by: string
  comment: string | null
}

/** Records an OCOP office decision on a pending review; the compensation makes it pending again. */
export const decideProductReviewStep = createStep(
  decideProductReviewStepId,
  async (input: ReviewDecision, { container }) => {
    const reviews = container.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
    const review = (await reviews.retrieveProductReview(input.id)) as ProductReviewRecord
    if (review.status !== "pending") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Product review ${input.id} was already ${review.status}`,
        "review_already_decided" satisfies ErrorCode,
      )
    }
    const decided = await reviews.updateProductReviews({
      id: input.id,
      status: input.status,
      reviewed_by: input.reviewed_by,
      reviewed_at: new Date(),
      comment: input.comment,
    })
    return new StepResponse(decided as ProductReviewRecord, { id: review.id, comment: review.comment })
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE).updateProductReviews({
      id: previous.id,
      status: "pending",
      reviewed_by: null,
      reviewed_at: null,
      comment: previous.comment,
    })
  },
)
