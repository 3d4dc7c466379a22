import type { MiddlewareRoute } from "@medusajs/framework/http"
import { producerUserInviteSchema } from "@ocop/domain"
import { validateBody, validateQuery } from "../../utils/http"
import { adminProducerUsersQuerySchema } from "./validators"

export const adminProducerUserMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/producer-users", middlewares: [validateQuery(adminProducerUsersQuerySchema)] },
  { method: ["POST"], matcher: "/admin/producer-users", middlewares: [validateBody(producerUserInviteSchema)] },
]
