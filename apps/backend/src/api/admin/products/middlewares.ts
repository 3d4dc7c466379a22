import type { MiddlewareRoute } from "@medusajs/framework/http"
import { adminVariantsBatchSchema } from "@ocop/domain"
import { validateBody } from "../../utils/http"
import { validateProductBody } from "./product-errors"
import { productOcopSchema } from "./validators"

export const adminProductOcopMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/products/:id/ocop", middlewares: [validateBody(productOcopSchema)] },
  {
    method: ["POST"],
    matcher: "/admin/products/:id/ocop/variants",
    middlewares: [validateProductBody(adminVariantsBatchSchema)],
  },
]
