import {
  authenticate,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import {
  producerInviteAcceptSchema,
  producerMayCall,
  producerProfileUpdateSchema,
  type DomainLocale,
} from "@ocop/domain"
import { requestLocale, sendRouteClosed, validateBody, validateQuery } from "../utils/http"
import { allowConsoleOrigin } from "./cors"
import { producerProductMiddlewares } from "./products/middlewares"
import { loadProducerScope } from "./scope"
import { producerOrdersQuerySchema, producerSalesQuerySchema } from "./validators"

/** The one /producer route a person calls before having a password. */
const PUBLIC_PATHS = ["/producer/invites/accept"]

const authenticateProducerToken = authenticate("producer", ["bearer", "session"])

/**
 * Every /producer request needs a route of the producer table (@ocop/domain, decision 015), a
 * producer token and an active user of a producer in good standing. Medusa runs wildcard matchers
 * before specific ones, so this guards every route below it, and one added later fails closed.
 */
function requireProducer(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const path = req.originalUrl.split("?")[0]!.replace(/\/+$/, "")
  if (!producerMayCall(req.method, path)) return sendRouteClosed(req, res)
  if (PUBLIC_PATHS.includes(path)) return next()
  return authenticateProducerToken(req, res, (error?: unknown) => {
    if (error) return next(error)
    return loadProducerScope(req, res, next).catch(next)
  })
}

const REGISTER_BY_INVITE: Record<DomainLocale, string> = {
  vi: "Tài khoản chủ thể chỉ được tạo qua lời mời của Văn phòng OCOP",
  en: "Producer accounts are created only through an invite from the OCOP office",
}

/**
 * Medusa's generic /auth/:actor/:provider/register would let anyone create a producer login for an
 * address before its owner accepts the invite; producer logins come only from invites.
 */
function refuseSelfRegistration(req: MedusaRequest, res: MedusaResponse) {
  res.status(403).json({ type: "not_allowed", message: REGISTER_BY_INVITE[requestLocale(req)] })
}

export const producerMiddlewares: MiddlewareRoute[] = [
  { matcher: "/producer*", middlewares: [allowConsoleOrigin, requireProducer] },
  { matcher: "/auth/producer/:auth_provider/register", middlewares: [refuseSelfRegistration] },
  { method: ["POST"], matcher: "/producer/invites/accept", middlewares: [validateBody(producerInviteAcceptSchema)] },
  { method: ["POST"], matcher: "/producer/profile", middlewares: [validateBody(producerProfileUpdateSchema)] },
  { method: ["GET"], matcher: "/producer/orders", middlewares: [validateQuery(producerOrdersQuerySchema)] },
  { method: ["GET"], matcher: "/producer/sales", middlewares: [validateQuery(producerSalesQuerySchema)] },
  ...producerProductMiddlewares,
]
