import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { cancelOrderWorkflow, updateOrdersStep } from "@medusajs/medusa/core-flows"
import type { DomainLocale } from "@ocop/domain"
import { refundToMake } from "../order-rules"
import { validateOrderActionStep } from "../steps/validate-order-action"

export const cancelOrderWithReasonWorkflowId = "cancel-ocop-order-with-reason"

export type CancelOrderWithReasonInput = { order_id: string; actor_id: string; locale: DomainLocale; reason: string }

/**
 * Cancels an order that has not been prepared yet and keeps why in its metadata
 * (`cancel_reason`, `canceled_by`). The reason is written first: if Medusa's cancellation fails,
 * the step's compensation restores the old metadata, so a refused cancel leaves no reason behind.
 * A payment already captured is marked refunded by Medusa's cancel workflow; for a VietQR transfer
 * no money moved, so the metadata also records a refund to be made (decision 023).
 */
export const cancelOrderWithReasonWorkflow = createWorkflow(
  cancelOrderWithReasonWorkflowId,
  (input: CancelOrderWithReasonInput) => {
    const state = validateOrderActionStep({ order_id: input.order_id, action: "cancel", locale: input.locale })
    const update = transform({ input, state }, ({ input, state }) => {
      // A paid VietQR order owes the buyer a transfer back: recorded as to be made until staff confirm it.
      const refund = refundToMake(state)
      return {
        selector: { id: input.order_id },
        update: {
          metadata: {
            ...(state.metadata ?? {}),
            cancel_reason: input.reason,
            canceled_by: input.actor_id,
            ...(refund
              ? { refund_status: "to_make", refund_amount: refund.amount, refund_currency: refund.currency_code }
              : {}),
          },
        },
      }
    })
    updateOrdersStep(update)
    const cancel = transform({ input }, ({ input }) => ({ order_id: input.order_id, canceled_by: input.actor_id }))
    cancelOrderWorkflow.runAsStep({ input: cancel })
    return new WorkflowResponse({ id: input.order_id })
  },
)
