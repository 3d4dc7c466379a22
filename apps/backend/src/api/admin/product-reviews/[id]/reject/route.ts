import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { rejectProductReviewWorkflow } from "../../../../../workflows/product-review/workflows/reject-product-review"
import { decideReview, reviewerOf } from "../../decide"

/** POST /admin/product-reviews/:id/reject { comment } — the live product stays; the producer reads the reason. */
export async function POST(req: MedusaRequest<{ comment: string }>, res: MedusaResponse) {
  await decideReview(req, res, () =>
    rejectProductReviewWorkflow(req.scope).run({
      input: { review_id: req.params.id!, reviewed_by: reviewerOf(req), comment: req.validatedBody.comment },
    }),
  )
}
