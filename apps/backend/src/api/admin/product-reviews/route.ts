import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRODUCT_REVIEW_MODULE } from "../../../modules/product-review"
import type ProductReviewModuleService from "../../../modules/product-review/service"
import type { ProductReviewRecord } from "../../../workflows/product-review/types"
import { filtersFrom, orderOf } from "../../utils/paging"
import { adminProductReviews } from "./serialize"
import type { AdminProductReviewsQuery } from "./validators"

/** GET /admin/product-reviews — the review queue (status=pending) and the decisions taken. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.validatedQuery as unknown as AdminProductReviewsQuery
  const filters = filtersFrom(query, ["status", "producer_id", "product_id", "id"])
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
