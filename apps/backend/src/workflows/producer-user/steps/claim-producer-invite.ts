import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"

export const claimProducerInviteStepId = "claim-producer-invite"

/** Raised when the token is unknown, used or expired; the route turns it into a 400 in the caller's language. */
export const INVITE_UNUSABLE = "producer_invite_unusable"

/**
 * Takes the invite so that nobody else can use the token; the compensation gives it back, so a
 * failed acceptance can be tried again with the same link.
 */
export const claimProducerInviteStep = createStep(
  claimProducerInviteStepId,
  async (tokenHash: string, { container }) => {
    const claimed = await container.resolve<ProducerModuleService>(PRODUCER_MODULE).claimInvite(tokenHash)
    if (!claimed) throw new MedusaError(MedusaError.Types.INVALID_DATA, INVITE_UNUSABLE)
    return new StepResponse(claimed, claimed)
  },
  async (claimed, { container }) => {
    if (!claimed) return
    await container.resolve<ProducerModuleService>(PRODUCER_MODULE).updateProducerUsers({
      id: claimed.id,
      invite_token_hash: claimed.invite_token_hash,
      invite_expires_at: claimed.invite_expires_at,
    })
  },
)
