import type { MiddlewareRoute } from "@medusajs/framework/http"
import { programmeTargetsSchema } from "@ocop/domain"
import { validateBody } from "../../utils/http"

/** Validation of the programme panel (issue 16); the route table puts `/admin/programme` in the `register` area. */
export const adminProgrammeMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/programme/:year", middlewares: [validateBody(programmeTargetsSchema)] },
]
