import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { ParticipantStatus } from "@ocop/domain"
import {
  changeParticipantStep,
  checkProductsOfProducerStep,
  inviteProducerStep,
  recordSpendingStep,
  type ProductUnits,
} from "../steps/participants"

/** Trade promotion invites a producer with some of its products and a booth number. */
export const inviteProducerWorkflow = createWorkflow(
  "invite-producer-to-event",
  (input: {
    event_id: string
    producer_id: string
    booth_number?: string | null
    products: ProductUnits[]
    actor_id: string
  }) => {
    checkProductsOfProducerStep(input)
    return new WorkflowResponse(inviteProducerStep(input))
  },
)

/**
 * A change to a participant: staff set booth and products; a producer answers for itself
 * (`producer_id` set: another producer's invitation is not found). Products must be the producer's.
 */
export const changeParticipantWorkflow = createWorkflow(
  "change-event-participant",
  (input: {
    event_id: string
    participant_id: string
    producer_id: string
    as_producer: boolean
    booth_number?: string | null
    status?: ParticipantStatus
    answered_by?: string
    products?: ProductUnits[]
  }) => {
    checkProductsOfProducerStep(input)
    const change = transform({ input }, ({ input }) => {
      const { as_producer, producer_id, ...rest } = input
      return { ...rest, producer_id: as_producer ? producer_id : undefined }
    })
    return new WorkflowResponse(changeParticipantStep(change))
  },
)

/** Money spent against a budget line. */
export const recordSpendingWorkflow = createWorkflow(
  "record-event-spending",
  (input: {
    event_id: string
    budget_line_id: string
    amount: number
    spent_on: string
    note?: string | null
    actor_id: string
  }) => new WorkflowResponse(recordSpendingStep(input)),
)
