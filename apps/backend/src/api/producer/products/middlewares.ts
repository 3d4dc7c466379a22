import type { MiddlewareRoute } from "@medusajs/framework/http"
import { producerProductChangeSchema, producerProductInputSchema, producerStockSchema } from "@ocop/domain"
import { validateBody, validateQuery } from "../../utils/http"
import { producerUploadMiddlewares } from "../uploads/middlewares"
import { producerProductsQuerySchema } from "./validators"

// Producer authentication and scope come first, from the /producer* matcher in ../middlewares.ts.
export const producerProductMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/producer/products", middlewares: [validateQuery(producerProductsQuerySchema)] },
  { method: ["POST"], matcher: "/producer/products", middlewares: [validateBody(producerProductInputSchema)] },
  { method: ["POST"], matcher: "/producer/products/:id", middlewares: [validateBody(producerProductChangeSchema)] },
  { method: ["POST"], matcher: "/producer/products/:id/stock", middlewares: [validateBody(producerStockSchema)] },
  ...producerUploadMiddlewares,
]
