import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { buyerMayCall, catalogueQuerySchema } from "@ocop/domain"
import { sendRouteClosed, validateQuery } from "../utils/http"
import { storeProducersQuerySchema } from "./producers/validators"

/**
 * Buyers write only through the routes the storefront uses (STORE_WRITE_ROUTES, decision 015):
 * Medusa's other store writes — returns, order transfers, cart promotions, and whatever an upgrade
 * adds — are refused before they run.
 */
function refuseUnlistedStoreWrites(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (buyerMayCall(req.method, req.originalUrl.split("?")[0]!)) return next()
  sendRouteClosed(req, res)
}

export const storeMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store*", middlewares: [refuseUnlistedStoreWrites] },
  { method: ["GET"], matcher: "/store/catalogue", middlewares: [validateQuery(catalogueQuerySchema)] },
  { method: ["GET"], matcher: "/store/catalogue/facets", middlewares: [validateQuery(catalogueQuerySchema)] },
  { method: ["GET"], matcher: "/store/producers", middlewares: [validateQuery(storeProducersQuerySchema)] },
]
