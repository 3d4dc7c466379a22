import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ErrorCode } from "@ocop/domain"
import { PRODUCT_REVIEW_MODULE } from "../../../modules/product-review"
import type ProductReviewModuleService from "../../../modules/product-review/service"
import { loadLiveProducts } from "../live-product"
import { planApproval } from "../plan-approval"
import type { ProductReviewRecord } from "../types"

export const planReviewApprovalStepId = "plan-product-review-approval"

/** Reads a pending review and the live product, and works out the writes approving it needs. Writes nothing. */
export const planReviewApprovalStep = createStep(
  planReviewApprovalStepId,
  async (input: { review_id: string }, { container }) => {
    const reviews = container.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
    const review = (await reviews.retrieveProductReview(input.review_id)) as ProductReviewRecord
    if (review.status !== "pending") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Product review ${review.id} was already ${review.status}`,
        "review_already_decided" satisfies ErrorCode,
      )
    }
    const live = (await loadLiveProducts(container, [review.product_id])).get(review.product_id)
    if (!live) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${review.product_id} no longer exists`)
    // Staff moved the product to another producer since: the old producer no longer speaks for it.
    if (live.producer_id !== review.producer_id)
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Product ${live.id} now belongs to another producer than review ${review.id}'s`,
        "review_product_moved" satisfies ErrorCode,
      )
    return new StepResponse(planApproval(live, review.changes, review.kind))
  },
)
