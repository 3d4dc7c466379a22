import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../utils/http"
import { adminOcopOrdersQuerySchema, cancelOrderSchema, emptyBodySchema, shipOrderSchema } from "./validators"

const noInput = (action: string): MiddlewareRoute => ({
  method: ["POST"],
  matcher: `/admin/ocop-orders/:id/${action}`,
  middlewares: [validateBody(emptyBodySchema)],
})

export const adminOcopOrderMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/ocop-orders", middlewares: [validateQuery(adminOcopOrdersQuerySchema)] },
  noInput("mark-paid"),
  noInput("ready-for-pickup"),
  noInput("picked-up"),
  noInput("delivered"),
  { method: ["POST"], matcher: "/admin/ocop-orders/:id/ship", middlewares: [validateBody(shipOrderSchema)] },
  { method: ["POST"], matcher: "/admin/ocop-orders/:id/cancel", middlewares: [validateBody(cancelOrderSchema)] },
]
