import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateOrdersStep } from "@medusajs/medusa/core-flows"
import type { DomainLocale } from "@ocop/domain"
import { validateOrderActionStep } from "../steps/validate-order-action"

export const confirmOrderRefundWorkflowId = "confirm-ocop-order-refund"

export type ConfirmOrderRefundInput = { order_id: string; actor_id: string; locale: DomainLocale }

/**
 * Staff confirm they transferred a cancelled order's money back (decision 023): the refund recorded
 * as to be made becomes made, with who confirmed it and when. Refused unless a refund is waiting.
 */
export const confirmOrderRefundWorkflow = createWorkflow(
  confirmOrderRefundWorkflowId,
  (input: ConfirmOrderRefundInput) => {
    const state = validateOrderActionStep({ order_id: input.order_id, action: "confirm_refund", locale: input.locale })
    const update = transform({ input, state }, ({ input, state }) => ({
      selector: { id: input.order_id },
      update: {
        metadata: {
          ...(state.metadata ?? {}),
          refund_status: "made",
          refund_confirmed_by: input.actor_id,
          refund_confirmed_at: new Date().toISOString(),
        },
      },
    }))
    updateOrdersStep(update)
    return new WorkflowResponse({ id: input.order_id })
  },
)
