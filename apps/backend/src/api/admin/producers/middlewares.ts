import type { MiddlewareRoute } from "@medusajs/framework/http"
import { producerInputSchema, producerUpdateSchema } from "@ocop/domain"
import { validateBody, validateQuery } from "../../utils/http"
import { adminProducersQuerySchema } from "./validators"

export const adminProducerMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/producers", middlewares: [validateQuery(adminProducersQuerySchema)] },
  { method: ["POST"], matcher: "/admin/producers", middlewares: [validateBody(producerInputSchema)] },
  { method: ["POST"], matcher: "/admin/producers/:id", middlewares: [validateBody(producerUpdateSchema)] },
]
