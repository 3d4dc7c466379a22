import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { completeOrderWorkflow } from "@medusajs/medusa/core-flows"
import type { OrderState } from "../order-facts"
import { completesOrder, type OrderAction } from "../order-rules"

export const completeFinishedOrderWorkflowId = "complete-finished-ocop-order"

export type CompleteFinishedOrderInput = { state: OrderState; action: OrderAction }

/**
 * Completes the order when the action just done (judged on the state read before it) left it paid
 * and delivered or collected; otherwise does nothing.
 */
export const completeFinishedOrderWorkflow = createWorkflow(
  completeFinishedOrderWorkflowId,
  (input: CompleteFinishedOrderInput) => {
    const finished = transform({ input }, ({ input }) => completesOrder(input.state, input.action))
    when({ finished }, ({ finished }) => finished).then(() => {
      const orderIds = transform({ input }, ({ input }) => [input.state.id])
      completeOrderWorkflow.runAsStep({ input: { orderIds } })
    })
    return new WorkflowResponse(finished)
  },
)
