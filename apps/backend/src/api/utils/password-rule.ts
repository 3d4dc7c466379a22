import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { fieldErrors, passwordSchema } from "@ocop/domain"
import { z } from "zod"
import { requestLocale, sendInvalid } from "./http"

const withPassword = z.object({ password: passwordSchema }).passthrough()

/**
 * The domain's password rule on Medusa's own routes that set a password, for every actor (staff,
 * buyers; producers set theirs through the invite, which checks the same schema): registering an
 * e-mail/password login, and changing the password with a reset token. Medusa itself takes any.
 */
function passwordRule(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const parsed = withPassword.safeParse(req.body ?? {})
  if (parsed.success) return next()
  const locale = requestLocale(req)
  sendInvalid(res, fieldErrors(parsed.error, locale), locale)
}

export const passwordRuleMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/auth/:actor_type/emailpass/register", middlewares: [passwordRule] },
  { method: ["POST"], matcher: "/auth/:actor_type/emailpass/update", middlewares: [passwordRule] },
]
