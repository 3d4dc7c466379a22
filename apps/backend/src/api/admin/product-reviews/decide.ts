import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { errorMessage, isErrorCode } from "@ocop/domain"
import { PRODUCT_REVIEW_MODULE } from "../../../modules/product-review"
import type ProductReviewModuleService from "../../../modules/product-review/service"
import type { ProductReviewRecord } from "../../../workflows/product-review/types"
import { requestLocale } from "../../utils/http"
import { adminProductReviews } from "./serialize"

/** The refusals a decision answers 400 to, with their code, in the caller's language. */
const REFUSALS = ["review_already_decided", "review_product_moved"]

/**
 * Answers a decision: the workflow (which checks, locks the product and writes) runs in `decide`;
 * the decided review on success, 400 with the code and its message when it was refused.
 */
export async function decideReview(req: MedusaRequest, res: MedusaResponse, decide: () => Promise<unknown>) {
  try {
    await decide()
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code
    if (!isErrorCode(code) || !REFUSALS.includes(code)) throw error
    return res.status(400).json({ type: "not_allowed", code, message: errorMessage(code, requestLocale(req)) })
  }
  const review = await req.scope
    .resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
    .retrieveProductReview(req.params.id!)
  const [productReview] = await adminProductReviews(req.scope, [review as ProductReviewRecord])
  res.json({ product_review: productReview })
}

/** The signed-in staff member, who takes the decision. */
export function reviewerOf(req: MedusaRequest): string {
  return (req as MedusaRequest & { auth_context: { actor_id: string } }).auth_context.actor_id
}
