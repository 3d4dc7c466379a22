import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import { emailSignsInForOthers, LOGIN_BELONGS_TO_OTHERS } from "../email-login"

export const issueProducerInviteStepId = "issue-producer-invite"

export type IssueProducerInviteInput = {
  producer_id: string
  email: string
  name: string
  invite_token_hash: string
  invite_expires_at: Date
}

type Undo =
  | { created: string }
  | { restore: { id: string; name: string; invite_token_hash: string | null; invite_expires_at: Date | null } }

/**
 * Creates an invited producer user, or gives an existing one of the producer a new token: inviting
 * again re-issues the invite, and for an active user who forgot the password the new link sets a
 * new one. The compensation deletes the new user or puts the old token back.
 */
export const issueProducerInviteStep = createStep(
  issueProducerInviteStepId,
  async (input: IssueProducerInviteInput, { container }) => {
    const service = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    await service.retrieveProducer(input.producer_id)
    const [existing] = await service.listProducerUsers({ email: input.email }, { take: 1 })
    // A staff member's or buyer's address: accepting would let the inviter set their password.
    if (await emailSignsInForOthers(container, input.email, existing?.id)) {
      throw new MedusaError(MedusaError.Types.CONFLICT, LOGIN_BELONGS_TO_OTHERS)
    }
    if (!existing) {
      const user = await service.createProducerUsers({ ...input, status: "invited" })
      return new StepResponse(user, { created: user.id } as Undo)
    }
    // The route answers these cases in the caller's language; this guards other callers.
    if (existing.producer_id !== input.producer_id || existing.status === "disabled") {
      throw new MedusaError(MedusaError.Types.CONFLICT, `${input.email} already has a producer account`)
    }
    const user = await service.updateProducerUsers({
      id: existing.id,
      name: input.name,
      invite_token_hash: input.invite_token_hash,
      invite_expires_at: input.invite_expires_at,
    })
    const restore = {
      id: existing.id,
      name: existing.name,
      invite_token_hash: existing.invite_token_hash,
      invite_expires_at: existing.invite_expires_at,
    }
    return new StepResponse(user, { restore } as Undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    if ("created" in undo) await service.deleteProducerUsers(undo.created)
    else await service.updateProducerUsers(undo.restore)
  },
)
