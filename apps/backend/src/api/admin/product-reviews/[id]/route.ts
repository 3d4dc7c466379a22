import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRODUCT_REVIEW_MODULE } from "../../../../modules/product-review"
import type ProductReviewModuleService from "../../../../modules/product-review/service"
import type { ProductReviewRecord } from "../../../../workflows/product-review/types"
import { adminProductReviews } from "../serialize"

/** GET /admin/product-reviews/:id (404 when unknown). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const review = await req.scope
    .resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
    .retrieveProductReview(req.params.id!)
  const [productReview] = await adminProductReviews(req.scope, [review as ProductReviewRecord])
  res.json({ product_review: productReview })
}
