import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { producerInputSchema, producerUpdateSchema } from "@ocop/domain"
import { validateBody, validateQuery } from "../../utils/http"
import { adminProducersQuerySchema, producerImportSchema } from "./validators"

/** "/admin/producers/:id" also matches the import route; its body is a batch, not an update. */
function unlessImport(middleware: (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => void) {
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) =>
    req.params.id === "import" ? next() : middleware(req, res, next)
}

export const adminProducerMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/producers", middlewares: [validateQuery(adminProducersQuerySchema)] },
  { method: ["POST"], matcher: "/admin/producers", middlewares: [validateBody(producerInputSchema)] },
  { method: ["POST"], matcher: "/admin/producers/import", middlewares: [validateBody(producerImportSchema)] },
  {
    method: ["POST"],
    matcher: "/admin/producers/:id",
    middlewares: [unlessImport(validateBody(producerUpdateSchema))],
  },
]
