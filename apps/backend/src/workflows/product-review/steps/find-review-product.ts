import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCT_REVIEW_MODULE } from "../../../modules/product-review"
import type ProductReviewModuleService from "../../../modules/product-review/service"

export const findReviewProductStepId = "find-product-review-product"

/** The product a review is about (which never changes), so the decision can take that product's lock; 404 when unknown. */
export const findReviewProductStep = createStep(
  findReviewProductStepId,
  async (input: { review_id: string }, { container }) => {
    const review = await container
      .resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
      .retrieveProductReview(input.review_id, { select: ["id", "product_id"] })
    return new StepResponse({ product_id: review.product_id as string })
  },
)
