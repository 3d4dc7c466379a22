import type { MiddlewareRoute } from "@medusajs/framework/http"
import { certificationInputSchema, inspectionInputSchema, revocationInputSchema } from "@ocop/domain"
import { validateBody, validateQuery } from "../../utils/http"
import { adminCertificationsQuerySchema, certificationUpdateSchema } from "./validators"

export const adminCertificationMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/certifications", middlewares: [validateQuery(adminCertificationsQuerySchema)] },
  { method: ["POST"], matcher: "/admin/certifications", middlewares: [validateBody(certificationInputSchema)] },
  { method: ["POST"], matcher: "/admin/certifications/:id", middlewares: [validateBody(certificationUpdateSchema)] },
  { method: ["POST"], matcher: "/admin/certifications/:id/revoke", middlewares: [validateBody(revocationInputSchema)] },
  {
    method: ["POST"],
    matcher: "/admin/certifications/:id/inspections",
    middlewares: [validateBody(inspectionInputSchema)],
  },
]
