import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { cancelOrderWorkflow, updateOrdersStep } from "@medusajs/medusa/core-flows"
import type { DomainLocale } from "@ocop/domain"
import { validateOrderActionStep } from "../steps/validate-order-action"

export const cancelOrderWithReasonWorkflowId = "cancel-ocop-order-with-reason"

export type CancelOrderWithReasonInput = { order_id: string; actor_id: string; locale: DomainLocale; reason: string }

/**
 * Cancels an order that has not been prepared yet and keeps why in its metadata
 * (`cancel_reason`, `canceled_by`). The reason is written first: if Medusa's cancellation fails,
 * the step's compensation restores the old metadata, so a refused cancel leaves no reason behind.
 * A payment already captured is refunded by Medusa's cancel workflow.
 */
export const cancelOrderWithReasonWorkflow = createWorkflow(
  cancelOrderWithReasonWorkflowId,
  (input: CancelOrderWithReasonInput) => {
    const state = validateOrderActionStep({ order_id: input.order_id, action: "cancel", locale: input.locale })
    const update = transform({ input, state }, ({ input, state }) => ({
      selector: { id: input.order_id },
      update: { metadata: { ...(state.metadata ?? {}), cancel_reason: input.reason, canceled_by: input.actor_id } },
    }))
    updateOrdersStep(update)
    const cancel = transform({ input }, ({ input }) => ({ order_id: input.order_id, canceled_by: input.actor_id }))
    cancelOrderWorkflow.runAsStep({ input: cancel })
    return new WorkflowResponse({ id: input.order_id })
  },
)
