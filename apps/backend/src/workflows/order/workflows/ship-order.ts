import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createOrderFulfillmentWorkflow, createOrderShipmentWorkflow } from "@medusajs/medusa/core-flows"
import type { DomainLocale } from "@ocop/domain"
import { itemsToFulfil } from "../order-rules"
import { validateOrderActionStep } from "../steps/validate-order-action"

export const shipOrderWorkflowId = "ship-ocop-order"

export type ShipOrderInput = {
  order_id: string
  actor_id: string
  locale: DomainLocale
  tracking_number: string
  tracking_url?: string | null
}

/**
 * Hands a delivery order to the carrier: a fulfilment of every remaining line from the location of
 * its shipping option (the warehouse), then its shipment with the carrier's tracking number. Both
 * are Medusa's order workflows, run as steps so that a failed shipment undoes the fulfilment.
 */
export const shipOrderWorkflow = createWorkflow(shipOrderWorkflowId, (input: ShipOrderInput) => {
  const state = validateOrderActionStep({ order_id: input.order_id, action: "ship", locale: input.locale })
  const items = transform({ state }, ({ state }) => itemsToFulfil(state))
  const fulfilment = transform({ input, items }, ({ input, items }) => ({
    order_id: input.order_id,
    items,
    created_by: input.actor_id,
  }))
  const fulfillment = createOrderFulfillmentWorkflow.runAsStep({ input: fulfilment })
  const shipment = transform({ input, items, fulfillment }, ({ input, items, fulfillment }) => ({
    order_id: input.order_id,
    fulfillment_id: fulfillment.id,
    items,
    created_by: input.actor_id,
    labels: [{ tracking_number: input.tracking_number, tracking_url: input.tracking_url ?? "", label_url: "" }],
  }))
  createOrderShipmentWorkflow.runAsStep({ input: shipment })
  return new WorkflowResponse(fulfillment)
})
