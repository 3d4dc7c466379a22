import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { approveProductReviewWorkflow } from "../../../../../workflows/product-review/workflows/approve-product-review"
import { decideReview, reviewerOf } from "../../decide"

/**
 * POST /admin/product-reviews/:id/approve { comment? } — applies the producer's change to the live
 * product (a new product is published) and refreshes its catalogue row; 400 when already decided,
 * or when the product has since been moved to another producer.
 */
export async function POST(req: MedusaRequest<{ comment?: string | null }>, res: MedusaResponse) {
  await decideReview(req, res, () =>
    approveProductReviewWorkflow(req.scope).run({
      input: { review_id: req.params.id!, reviewed_by: reviewerOf(req), comment: req.validatedBody.comment ?? null },
    }),
  )
}
