import type { MiddlewareRoute } from "@medusajs/framework/http"
import { adminProductCreateSchema, productImportSchema } from "@ocop/domain"
import { validateQuery } from "../../utils/http"
import { validateProductBody } from "../products/product-errors"
import { adminOcopProductsQuerySchema } from "./validators"

export const adminOcopProductMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/ocop-products", middlewares: [validateQuery(adminOcopProductsQuerySchema)] },
  {
    method: ["POST"],
    matcher: "/admin/ocop-products",
    middlewares: [validateProductBody(adminProductCreateSchema)],
  },
  // A province's file is a few hundred rows; 2000 rows of long descriptions stay well under 10 MB.
  {
    method: ["POST"],
    matcher: "/admin/ocop-products/import",
    bodyParser: { sizeLimit: "10mb" },
    middlewares: [validateProductBody(productImportSchema)],
  },
]
