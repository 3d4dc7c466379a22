import type { MiddlewareRoute } from "@medusajs/framework/http"
import { salesReportQuerySchema } from "@ocop/domain"
import { validateQuery } from "../../utils/http"

/** Validation of the reports (issue 16); the route table puts `/admin/reports` in the `trade` area. */
export const adminReportMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/reports/sales", middlewares: [validateQuery(salesReportQuerySchema)] },
]
