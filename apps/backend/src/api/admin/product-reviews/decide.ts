import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import type { DomainLocale } from "@ocop/domain"
import { PRODUCT_REVIEW_MODULE } from "../../../modules/product-review"
import type ProductReviewModuleService from "../../../modules/product-review/service"
import type { ProductReviewRecord } from "../../../workflows/product-review/types"
import { requestLocale } from "../../utils/http"
import { adminProductReviews } from "./serialize"
import { productReviewLockKey } from "../../../workflows/product-review/lock"

const ALREADY_DECIDED: Record<DomainLocale, string> = {
  vi: "Yêu cầu này đã được xử lý trước đó",
  en: "This review has already been decided",
}

/**
 * Runs a decision on a pending review and answers with the decided review. The lock is the one
 * producers' submissions take for the product, so a change cannot slip in between the check and
 * the decision, and two reviewers cannot apply the same change twice.
 */
export async function decideReview(
  req: MedusaRequest,
  res: MedusaResponse,
  decide: (review: ProductReviewRecord) => Promise<unknown>,
) {
  const reviews = req.scope.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
  const review = (await reviews.retrieveProductReview(req.params.id!)) as ProductReviewRecord
  const decided = await req.scope
    .resolve(Modules.LOCKING)
    .execute(productReviewLockKey(review.product_id), async () => {
      const fresh = (await reviews.retrieveProductReview(review.id)) as ProductReviewRecord
      if (fresh.status !== "pending") return false
      await decide(fresh)
      return true
    })
  if (!decided) return res.status(400).json({ type: "not_allowed", message: ALREADY_DECIDED[requestLocale(req)] })
  const [productReview] = await adminProductReviews(req.scope, [
    (await reviews.retrieveProductReview(review.id)) as ProductReviewRecord,
  ])
  res.json({ product_review: productReview })
}

/** The signed-in staff member, who takes the decision. */
export function reviewerOf(req: MedusaRequest): string {
  return (req as MedusaRequest & { auth_context: { actor_id: string } }).auth_context.actor_id
}
