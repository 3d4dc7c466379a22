import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createOrderFulfillmentWorkflow } from "@medusajs/medusa/core-flows"
import type { DomainLocale } from "@ocop/domain"
import { itemsToFulfil } from "../order-rules"
import { validateOrderActionStep } from "../steps/validate-order-action"

export const readyOrderForPickupWorkflowId = "ready-ocop-order-for-pickup"

export type ReadyOrderForPickupInput = {
  order_id: string
  actor_id: string
  locale: DomainLocale
  /** Where the units come from; by default the pickup option's location, the warehouse (decision 024). */
  location_id?: string
}

/**
 * The goods reached the showroom the buyer chose: a fulfilment of every remaining line. Without a
 * location the units come off the warehouse that holds the reservation and ships them to the
 * showroom; the pickup queue may name the showroom itself when the clerk takes them off its shelf.
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
      ...(input.location_id ? { location_id: input.location_id } : {}),
    }))
    const fulfillment = createOrderFulfillmentWorkflow.runAsStep({ input: fulfilment })
    return new WorkflowResponse(fulfillment)
  },
)
