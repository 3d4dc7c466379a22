import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../utils/http"
import { adminStaffQuerySchema, staffRoleSchema } from "./validators"

export const adminStaffMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/staff", middlewares: [validateQuery(adminStaffQuerySchema)] },
  { method: ["POST"], matcher: "/admin/staff/:id/role", middlewares: [validateBody(staffRoleSchema)] },
]
