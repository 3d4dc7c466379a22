import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { markOrderFulfillmentAsDeliveredWorkflow } from "@medusajs/medusa/core-flows"
import type { DomainLocale } from "@ocop/domain"
import { fulfillmentToHandOver } from "../order-rules"
import { validateOrderActionStep } from "../steps/validate-order-action"
import { completeFinishedOrderWorkflow } from "./complete-finished-order"

export const handOverOrderWorkflowId = "hand-over-ocop-order"

export type HandOverOrderInput = {
  order_id: string
  locale: DomainLocale
  /** picked_up: the buyer collected it at the showroom; delivered: the carrier delivered it. */
  action: "picked_up" | "delivered"
}

/** The buyer has the goods: the waiting fulfilment is marked delivered by Medusa's workflow. */
export const handOverOrderWorkflow = createWorkflow(handOverOrderWorkflowId, (input: HandOverOrderInput) => {
  const state = validateOrderActionStep({ order_id: input.order_id, action: input.action, locale: input.locale })
  const delivery = transform({ input, state }, ({ input, state }) => ({
    orderId: input.order_id,
    fulfillmentId: fulfillmentToHandOver(state)!.id,
  }))
  markOrderFulfillmentAsDeliveredWorkflow.runAsStep({ input: delivery })
  const done = transform({ state, input }, ({ state, input }) => ({ state, action: input.action }))
  completeFinishedOrderWorkflow.runAsStep({ input: done })
  return new WorkflowResponse(delivery)
})
