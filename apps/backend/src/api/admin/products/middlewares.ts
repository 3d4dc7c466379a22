import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody } from "../../utils/http"
import { productOcopSchema } from "./validators"

export const adminProductOcopMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/products/:id/ocop", middlewares: [validateBody(productOcopSchema)] },
]
