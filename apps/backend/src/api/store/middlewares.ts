import {
  authenticate,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import {
  buyerCartMetadataSchema,
  buyerMayCall,
  catalogueQuerySchema,
  fieldErrors,
  matchesRoutePattern,
} from "@ocop/domain"
import { requestLocale, sendInvalid, sendRouteClosed, validateQuery } from "../utils/http"
import { storeProducersQuerySchema } from "./producers/validators"

/**
 * Buyers write only through the routes the storefront uses (STORE_WRITE_ROUTES, decision 015):
 * Medusa's other store writes — returns, order transfers, cart promotions, and whatever an upgrade
 * adds — are refused before they run.
 */
function refuseUnlistedStoreWrites(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const path = req.originalUrl.split("?")[0]!
  if (!buyerMayCall(req.method, path)) return sendRouteClosed(req, res)
  const metadata = (req.body as { metadata?: unknown } | undefined)?.metadata
  if (metadata === undefined || req.method === "GET") return next()
  // Only the cart carries buyer metadata, and only the storefront's keys (decision 022).
  const locale = requestLocale(req)
  const onCart = ["/store/carts", "/store/carts/:id"].some((pattern) => matchesRoutePattern(pattern, path))
  const parsed = onCart ? buyerCartMetadataSchema.safeParse(metadata) : undefined
  if (parsed?.success) return next()
  const errors = parsed ? fieldErrors(parsed.error, locale) : {}
  const named = Object.fromEntries(Object.entries(errors).map(([key, message]) => [`metadata.${key}`, message]))
  sendInvalid(res, Object.keys(named).length ? named : { metadata: NO_METADATA[locale] }, locale)
}

const NO_METADATA = {
  vi: "Trường không được hỗ trợ",
  en: "Field not supported",
} as const

export const storeMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store*", middlewares: [refuseUnlistedStoreWrites] },
  // A signed-in buyer's order goes to their account; a guest places without signing in.
  {
    method: ["POST"],
    matcher: "/store/carts/:id/place",
    middlewares: [authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })],
  },
  { method: ["GET"], matcher: "/store/catalogue", middlewares: [validateQuery(catalogueQuerySchema)] },
  { method: ["GET"], matcher: "/store/catalogue/facets", middlewares: [validateQuery(catalogueQuerySchema)] },
  { method: ["GET"], matcher: "/store/producers", middlewares: [validateQuery(storeProducersQuerySchema)] },
]
