import { PRODUCT_REVIEW_STATUSES } from "@ocop/domain"
import { z } from "zod"
import { idListParam, pageFields } from "../../utils/paging"

const page = pageFields(["submitted_at", "reviewed_at"], "submitted_at")

/**
 * GET /admin/product-reviews: unknown keys are ignored so that generic list clients can add their
 * own. Without an order, pending reviews come oldest first (the queue) and decided ones newest first.
 */
export const adminProductReviewsQuerySchema = z.object({
  status: z.enum(PRODUCT_REVIEW_STATUSES, { error: "invalid_value" }).optional(),
  producer_id: z.string().trim().min(1).max(100, "too_long").optional(),
  product_id: z.string().trim().min(1).max(100, "too_long").optional(),
  id: idListParam,
  limit: page.limit,
  offset: page.offset,
  order: page.order.optional(),
})

export type AdminProductReviewsQuery = z.infer<typeof adminProductReviewsQuerySchema>
