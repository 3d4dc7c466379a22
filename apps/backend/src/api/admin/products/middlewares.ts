import type { MiddlewareRoute } from "@medusajs/framework/http"
import { adminVariantsBatchSchema } from "@ocop/domain"
import { validateBody } from "../../utils/http"
import { limitUploadSize } from "./upload-limit"
import { validateProductBody } from "./product-errors"
import { productOcopSchema } from "./validators"

export const adminProductOcopMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/products/:id/ocop", middlewares: [validateBody(productOcopSchema)] },
  {
    method: ["POST"],
    matcher: "/admin/products/:id/ocop/variants",
    middlewares: [validateProductBody(adminVariantsBatchSchema)],
  },
  // Medusa's upload route keeps files in memory without a limit: refuse big bodies before they are read.
  { method: ["POST"], matcher: "/admin/uploads", middlewares: [limitUploadSize] },
]
