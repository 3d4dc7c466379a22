import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCT_REVIEW_MODULE } from "../../../modules/product-review"
import type ProductReviewModuleService from "../../../modules/product-review/service"
import type { ProductReviewRecord } from "../types"

export const withdrawMovedReviewsStepId = "withdraw-moved-product-reviews"

/** The comment the queue shows on a review closed because its product changed hands. */
export const MOVED_PRODUCT_COMMENT =
  "Tự động đóng: sản phẩm đã được chuyển sang chủ thể khác (closed automatically: the product was moved to another producer)"

export type WithdrawMovedReviewsInput = { product_id: string; producer_id: string; reviewed_by: string }

/**
 * Rejects, with an automatic comment, the pending reviews of a product submitted by a producer other
 * than the one it now belongs to: the old producer no longer speaks for the product. The
 * compensation makes them pending again.
 */
export const withdrawMovedReviewsStep = createStep(
  withdrawMovedReviewsStepId,
  async (input: WithdrawMovedReviewsInput, { container }) => {
    const reviews = container.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
    const stale = (await reviews.listProductReviews({
      product_id: input.product_id,
      status: "pending",
      producer_id: { $ne: input.producer_id },
    })) as ProductReviewRecord[]
    if (stale.length === 0) return new StepResponse([] as string[], [] as { id: string; comment: string | null }[])
    const reviewedAt = new Date()
    await reviews.updateProductReviews(
      stale.map((r) => ({
        id: r.id,
        status: "rejected" as const,
        comment: MOVED_PRODUCT_COMMENT,
        reviewed_by: input.reviewed_by,
        reviewed_at: reviewedAt,
      })),
    )
    return new StepResponse(
      stale.map((r) => r.id),
      stale.map((r) => ({ id: r.id, comment: r.comment ?? null })),
    )
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    await container
      .resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
      .updateProductReviews(
        previous.map((r) => ({ ...r, status: "pending" as const, reviewed_by: null, reviewed_at: null })),
      )
  },
)
