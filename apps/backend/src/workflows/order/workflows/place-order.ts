import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  completeCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  releaseLockStep,
  transferCartCustomerWorkflow,
  updateCartsStep,
} from "@medusajs/medusa/core-flows"
import { planOrderPlacementStep, type PlanOrderPlacementInput } from "../steps/plan-order-placement"

export const placeOrderWorkflowId = "place-order"

/**
 * Places the order of a cart whose checkout steps are done, in one request (POST
 * /store/carts/:id/place): under the cart's lock — the key Medusa's cart workflows take, so a step
 * saved from another tab or a double submit waits — it checks the steps, moves a pickup's address
 * to the showroom, attaches the signed-in buyer, opens the payment collection and the session of
 * the chosen method, and completes the cart. Each step is compensated, so a failure at any point
 * leaves the cart as the buyer left it (address, customer, no payment collection, no order, no
 * stock held). A cart already placed answers with its order. Returns the order id.
 */
export const placeOrderWorkflow = createWorkflow(placeOrderWorkflowId, (input: PlanOrderPlacementInput) => {
  acquireLockStep({ key: input.cart_id, timeout: 10, ttl: 120 })
  const plan = planOrderPlacementStep(input)

  when("place-at-showroom", { plan }, ({ plan }) => !plan.order_id && plan.showroom_address !== null).then(() => {
    updateCartsStep(transform({ plan }, ({ plan }) => [{ id: plan.cart_id, shipping_address: plan.showroom_address! }]))
  })
  when("attach-customer", { plan }, ({ plan }) => !plan.order_id && plan.customer_id !== null).then(() => {
    transferCartCustomerWorkflow.runAsStep({
      input: transform({ plan }, ({ plan }) => ({ id: plan.cart_id, customer_id: plan.customer_id! })),
    })
  })
  const opened = when(
    "open-payment-collection",
    { plan },
    ({ plan }) => !plan.order_id && plan.payment_collection_id === null,
  ).then(() =>
    createPaymentCollectionForCartWorkflow.runAsStep({
      input: transform({ plan }, ({ plan }) => ({ cart_id: plan.cart_id })),
    }),
  )
  when("start-payment-session", { plan }, ({ plan }) => !plan.order_id).then(() => {
    createPaymentSessionsWorkflow.runAsStep({
      input: transform({ plan, opened }, ({ plan, opened }) => ({
        payment_collection_id: plan.payment_collection_id ?? opened!.id,
        provider_id: plan.provider_id,
        ...(plan.customer_id ? { customer_id: plan.customer_id } : {}),
      })),
    })
  })
  const completed = when("complete-cart", { plan }, ({ plan }) => !plan.order_id).then(() =>
    completeCartWorkflow.runAsStep({ input: transform({ plan }, ({ plan }) => ({ id: plan.cart_id })) }),
  )
  releaseLockStep({ key: input.cart_id })
  return new WorkflowResponse(transform({ plan, completed }, ({ plan, completed }) => plan.order_id ?? completed!.id))
})
