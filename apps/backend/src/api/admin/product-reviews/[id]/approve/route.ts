import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { DomainLocale } from "@ocop/domain"
import { REVIEW_PRODUCT_MOVED } from "../../../../../workflows/product-review/steps/plan-review-approval"
import { approveProductReviewWorkflow } from "../../../../../workflows/product-review/workflows/approve-product-review"
import { requestLocale } from "../../../../utils/http"
import { decideReview, reviewerOf } from "../../decide"

const PRODUCT_MOVED: Record<DomainLocale, string> = {
  vi: "Sản phẩm này đã được chuyển sang chủ thể khác; không thể duyệt thay đổi của chủ thể cũ",
  en: "This product now belongs to another producer; the previous producer's change cannot be approved",
}

/**
 * POST /admin/product-reviews/:id/approve { comment? } — applies the producer's change to the live
 * product (a new product is published) and refreshes its catalogue row; 400 when already decided,
 * or when the product has since been moved to another producer.
 */
export async function POST(req: MedusaRequest<{ comment?: string | null }>, res: MedusaResponse) {
  try {
    await decideReview(req, res, (review) =>
      approveProductReviewWorkflow(req.scope).run({
        input: { review_id: review.id, reviewed_by: reviewerOf(req), comment: req.validatedBody.comment ?? null },
      }),
    )
  } catch (error) {
    if ((error as { message?: string } | undefined)?.message !== REVIEW_PRODUCT_MOVED) throw error
    res.status(400).json({ type: "not_allowed", message: PRODUCT_MOVED[requestLocale(req)] })
  }
}
