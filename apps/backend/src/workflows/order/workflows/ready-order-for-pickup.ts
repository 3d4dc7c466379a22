import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createOrderFulfillmentWorkflow } from "@medusajs/medusa/core-flows"
import type { DomainLocale } from "@ocop/domain"
import { itemsToFulfil } from "../order-rules"
import { validateOrderActionStep } from "../steps/validate-order-action"

export const readyOrderForPickupWorkflowId = "ready-ocop-order-for-pickup"

export type ReadyOrderForPickupInput = { order_id: string; actor_id: string; locale: DomainLocale }

/**
 * The goods reached the showroom the buyer chose: a fulfilment of every remaining line. No location
 * is given, so Medusa places the fulfilment at the showroom behind the pickup option while the
 * stock comes off the warehouse that holds the reservation (showrooms hold no online stock, 008).
 */
export const readyOrderForPickupWorkflow = createWorkflow(
  readyOrderForPickupWorkflowId,
  (input: ReadyOrderForPickupInput) => {
    const state = validateOrderActionStep({
      order_id: input.order_id,
      action: "ready_for_pickup",
      locale: input.locale,
    })
    const fulfilment = transform({ input, state }, ({ input, state }) => ({
      order_id: input.order_id,
      items: itemsToFulfil(state),
      created_by: input.actor_id,
    }))
    const fulfillment = createOrderFulfillmentWorkflow.runAsStep({ input: fulfilment })
    return new WorkflowResponse(fulfillment)
  },
)
