import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/** Raised when the invited email's login already belongs to someone else; the routes answer 409. */
export const LOGIN_BELONGS_TO_OTHERS = "producer_login_belongs_to_others"

/** The emailpass login of an address (one per email, shared by every actor type), if it has one. */
export async function emailLogin(container: MedusaContainer, email: string) {
  const auth = container.resolve(Modules.AUTH)
  const [provider] = await auth.listProviderIdentities(
    { entity_id: email, provider: "emailpass" },
    { select: ["id", "auth_identity_id", "provider_metadata"] },
  )
  if (!provider?.auth_identity_id) return undefined
  const identity = await auth.retrieveAuthIdentity(provider.auth_identity_id, { select: ["id", "app_metadata"] })
  return { provider, identity, app_metadata: (identity.app_metadata ?? {}) as Record<string, unknown> }
}

/**
 * Whether a login signs in for anyone but the given producer user: a staff member (`user_id`), a
 * buyer (`customer_id`), another producer user, or any other actor (Medusa's `<actor>_id` keys).
 * Such a login's password must never be set through a producer invite: whoever sends the invite
 * would choose the password of that person's account (decision 012).
 */
export function signsInForOthers(appMetadata: Record<string, unknown>, producerUserId: string | undefined): boolean {
  return Object.entries(appMetadata).some(
    ([key, value]) => key.endsWith("_id") && Boolean(value) && !(key === "producer_id" && value === producerUserId),
  )
}

/** Whether the email's existing login, if any, belongs to someone other than the producer user. */
export async function emailSignsInForOthers(
  container: MedusaContainer,
  email: string,
  producerUserId: string | undefined,
) {
  const login = await emailLogin(container, email)
  return login ? signsInForOthers(login.app_metadata, producerUserId) : false
}
