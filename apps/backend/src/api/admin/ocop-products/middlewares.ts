import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "../../utils/http"
import { adminOcopProductsQuerySchema } from "./validators"

export const adminOcopProductMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/ocop-products", middlewares: [validateQuery(adminOcopProductsQuerySchema)] },
]
