import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { emailLogin, LOGIN_BELONGS_TO_OTHERS, signsInForOthers } from "../email-login"

export const setProducerPasswordStepId = "set-producer-password"

export type SetProducerPasswordInput = { producer_user_id: string; email: string; password: string }

type Undo =
  | { created: string }
  | {
      restore: {
        auth_identity_id: string
        app_metadata: Record<string, unknown>
        provider_identity_id: string
        provider_metadata: Record<string, unknown>
      }
    }

/**
 * Gives the producer user an email/password login whose token names it (app_metadata.producer_id,
 * Medusa's `<actor>_id` convention). One email has one emailpass identity across actor types. A
 * login that signs in for anyone else (staff, a buyer, another producer user) is refused: the
 * inviter, not the address's owner, could be the one choosing the password (decision 012). A login
 * of this producer user (a re-invite to reset a forgotten password) or one bound to nobody (someone
 * registered the address first) gets the invitee's password. The compensation deletes or restores
 * the identity.
 */
export const setProducerPasswordStep = createStep(
  setProducerPasswordStepId,
  async (input: SetProducerPasswordInput, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const login = await emailLogin(container, input.email)
    if (!login) {
      const { authIdentity, error } = await auth.register("emailpass", {
        body: { email: input.email, password: input.password },
      })
      if (error || !authIdentity)
        throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Could not create the login: ${error}`)
      await auth.updateAuthIdentities({ id: authIdentity.id, app_metadata: { producer_id: input.producer_user_id } })
      return new StepResponse({ auth_identity_id: authIdentity.id }, { created: authIdentity.id } as Undo)
    }
    if (signsInForOthers(login.app_metadata, input.producer_user_id)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, LOGIN_BELONGS_TO_OTHERS)
    }
    const { provider, identity } = login
    const restore = {
      auth_identity_id: identity.id,
      app_metadata: identity.app_metadata ?? {},
      provider_identity_id: provider.id,
      provider_metadata: provider.provider_metadata ?? {},
    }
    const updated = await auth.updateProvider("emailpass", { entity_id: input.email, password: input.password })
    if (!updated.success)
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Could not set the password: ${updated.error}`)
    await auth.updateAuthIdentities({
      id: identity.id,
      app_metadata: { ...(identity.app_metadata ?? {}), producer_id: input.producer_user_id },
    })
    return new StepResponse({ auth_identity_id: identity.id }, { restore } as Undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const auth = container.resolve(Modules.AUTH)
    if ("created" in undo) {
      await auth.deleteAuthIdentities([undo.created])
      return
    }
    const { restore } = undo
    await auth.updateAuthIdentities({ id: restore.auth_identity_id, app_metadata: restore.app_metadata })
    await auth.updateProviderIdentities({
      id: restore.provider_identity_id,
      provider_metadata: restore.provider_metadata,
    })
  },
)
