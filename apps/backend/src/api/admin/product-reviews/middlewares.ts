import type { MiddlewareRoute } from "@medusajs/framework/http"
import { productReviewApprovalSchema, productReviewRejectionSchema } from "@ocop/domain"
import { validateBody, validateQuery } from "../../utils/http"
import { adminProductReviewsQuerySchema } from "./validators"

// Area `register` (ADMIN_ROUTE_AREAS in @ocop/domain): deciding is writing, so trade promotion gets 403.
export const adminProductReviewMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/product-reviews", middlewares: [validateQuery(adminProductReviewsQuerySchema)] },
  {
    method: ["POST"],
    matcher: "/admin/product-reviews/:id/approve",
    middlewares: [validateBody(productReviewApprovalSchema)],
  },
  {
    method: ["POST"],
    matcher: "/admin/product-reviews/:id/reject",
    middlewares: [validateBody(productReviewRejectionSchema)],
  },
]
