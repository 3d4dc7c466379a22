import type { ProducerUserStatus } from "@ocop/domain"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"

export const setProducerUserStatusStepId = "set-producer-user-status"

export type ProducerUserStatusChange = {
  id: string
  status: ProducerUserStatus
  /** Set to clear a pending invite (a disabled person must not be able to accept it later). */
  clear_invite?: boolean
}

type Previous = {
  id: string
  status: ProducerUserStatus
  invite_token_hash: string | null
  invite_expires_at: Date | null
}

/** Changes a producer user's status; the compensation puts the status and invite back. */
export const setProducerUserStatusStep = createStep(
  setProducerUserStatusStepId,
  async (input: ProducerUserStatusChange, { container }) => {
    const service = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    const before = await service.retrieveProducerUser(input.id)
    const user = await service.updateProducerUsers({
      id: input.id,
      status: input.status,
      ...(input.clear_invite ? { invite_token_hash: null, invite_expires_at: null } : {}),
    })
    const previous: Previous = {
      id: before.id,
      status: before.status as ProducerUserStatus,
      invite_token_hash: before.invite_token_hash ?? null,
      invite_expires_at: before.invite_expires_at ?? null,
    }
    return new StepResponse(user, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<ProducerModuleService>(PRODUCER_MODULE).updateProducerUsers(previous)
  },
)
