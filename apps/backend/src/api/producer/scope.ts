import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { DomainLocale } from "@ocop/domain"
import { PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"
import { requestLocale } from "../utils/http"

/** The producer a signed-in producer user acts for; every /producer route scopes its reads and writes to it. */
export type ProducerScope = {
  producer: { id: string; handle: string; name: string }
  user: { id: string; email: string; name: string }
}

type ScopedRequest = MedusaRequest & {
  auth_context?: { actor_id?: string; actor_type?: string }
  producerScope?: ProducerScope
}

const LOCKED_OUT: Record<DomainLocale, string> = {
  vi: "Tài khoản không còn hiệu lực hoặc chủ thể đã bị tạm dừng",
  en: "This account is no longer active or its producer is suspended",
}

/** Answers 401 in Medusa's unauthorized shape, in the caller's language. */
export function sendUnauthorized(req: MedusaRequest, res: MedusaResponse) {
  res.status(401).json({ type: "unauthorized", message: LOCKED_OUT[requestLocale(req)] })
}

/**
 * Loads the signed-in producer user and its producer on every request, after Medusa's
 * authenticate("producer"). The state is read from the database each time, not from the token, so
 * that disabling a user or suspending a producer locks them out at once.
 */
export async function loadProducerScope(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const scoped = req as ScopedRequest
  const auth = scoped.auth_context
  if (auth?.actor_type !== "producer" || !auth.actor_id) return sendUnauthorized(req, res)
  const producers = req.scope.resolve<ProducerModuleService>(PRODUCER_MODULE)
  const [user] = await producers.listProducerUsers(
    { id: auth.actor_id },
    {
      select: ["id", "email", "name", "status", "producer.id", "producer.handle", "producer.name", "producer.status"],
      relations: ["producer"],
      take: 1,
    },
  )
  if (!user || user.status !== "active" || !user.producer || user.producer.status !== "active") {
    return sendUnauthorized(req, res)
  }
  scoped.producerScope = {
    producer: { id: user.producer.id, handle: user.producer.handle, name: user.producer.name },
    user: { id: user.id, email: user.email, name: user.name },
  }
  next()
}

function scopeOf(req: MedusaRequest): ProducerScope {
  const scope = (req as ScopedRequest).producerScope
  // A route reached without the middleware is a wiring mistake, never a reason to act unscoped.
  if (!scope) throw new Error("Producer scope missing: /producer routes must run loadProducerScope first")
  return scope
}

/** The producer of the signed-in producer user. */
export function currentProducer(req: MedusaRequest): { id: string; handle: string; name: string } {
  return scopeOf(req).producer
}

/** The signed-in producer user. */
export function currentProducerUser(req: MedusaRequest): { id: string; email: string; name: string } {
  return scopeOf(req).user
}
