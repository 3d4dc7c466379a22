import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRODUCT_REVIEW_MODULE } from "../../../modules/product-review"
import type ProductReviewModuleService from "../../../modules/product-review/service"
import type { ProductReviewRecord } from "../../../workflows/product-review/types"
import { orderOf } from "../../utils/paging"
import { adminProductReviews } from "./serialize"
import type { AdminProductReviewsQuery } from "./validators"

/** GET /admin/product-reviews — the review queue (status=pending) and the decisions taken. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.validatedQuery as unknown as AdminProductReviewsQuery
  const filters: Record<string, unknown> = {}
  if (query.status) filters.status = query.status
  if (query.producer_id) filters.producer_id = query.producer_id
  if (query.product_id) filters.product_id = query.product_id
  if (query.id) filters.id = query.id
  const order = query.order ?? (query.status === "pending" ? "submitted_at" : "-submitted_at")
  const [reviews, count] = await req.scope
    .resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
    .listAndCountProductReviews(filters, { skip: query.offset, take: query.limit, order: orderOf(order) })
  res.json({
    product_reviews: await adminProductReviews(req.scope, reviews as ProductReviewRecord[]),
    count,
    limit: query.limit,
    offset: query.offset,
  })
}
