import type { MiddlewareRoute } from "@medusajs/framework/http"
import { catalogueQuerySchema } from "@ocop/domain"
import { validateQuery } from "../utils/http"
import { storeProducersQuerySchema } from "./producers/validators"

export const storeMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/catalogue", middlewares: [validateQuery(catalogueQuerySchema)] },
  { method: ["GET"], matcher: "/store/catalogue/facets", middlewares: [validateQuery(catalogueQuerySchema)] },
  { method: ["GET"], matcher: "/store/producers", middlewares: [validateQuery(storeProducersQuerySchema)] },
]
