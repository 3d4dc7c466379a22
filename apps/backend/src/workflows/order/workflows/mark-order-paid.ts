import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"
import type { DomainLocale } from "@ocop/domain"
import { capturablePayment } from "../order-rules"
import { validateOrderActionStep } from "../steps/validate-order-action"
import { completeFinishedOrderWorkflow } from "./complete-finished-order"

export const markOrderPaidWorkflowId = "mark-ocop-order-paid"

export type MarkOrderPaidInput = { order_id: string; actor_id: string; locale: DomainLocale }

/**
 * Staff saw the VietQR transfer arrive, or took the cash (on delivery or at the counter): the
 * order's authorised payment is captured by Medusa's capture workflow (decision 008).
 */
export const markOrderPaidWorkflow = createWorkflow(markOrderPaidWorkflowId, (input: MarkOrderPaidInput) => {
  const state = validateOrderActionStep({ order_id: input.order_id, action: "mark_paid", locale: input.locale })
  const capture = transform({ state, input }, ({ state, input }) => ({
    payment_id: capturablePayment(state)!.id,
    captured_by: input.actor_id,
  }))
  const payment = capturePaymentWorkflow.runAsStep({ input: capture })
  const done = transform({ state }, ({ state }) => ({ state, action: "mark_paid" as const }))
  completeFinishedOrderWorkflow.runAsStep({ input: done })
  return new WorkflowResponse(payment)
})
