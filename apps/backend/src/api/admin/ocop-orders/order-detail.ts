import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { getOrderDetailWorkflow } from "@medusajs/medusa/core-flows"
import { readOrderState } from "../../../workflows/order/order-facts"
import { availableActions, ORDER_NOT_FOUND } from "../../../workflows/order/order-rules"
import type { DomainLocale } from "@ocop/domain"

/** What the console's order page shows: Medusa's order, its totals and computed statuses. */
const DETAIL_FIELDS = [
  "id",
  "display_id",
  "status",
  "created_at",
  "canceled_at",
  "email",
  "currency_code",
  "metadata",
  "customer_id",
  "total",
  "subtotal",
  "item_total",
  "shipping_total",
  "tax_total",
  "discount_total",
  "items.*",
  "items.detail.*",
  "shipping_address.*",
  "shipping_methods.*",
  "payment_collections.*",
  "payment_collections.payments.*",
  "fulfillments.*",
  "fulfillments.labels.*",
]

/**
 * One order for the console: Medusa's detail (getOrderDetailWorkflow, as GET /admin/orders/:id)
 * plus how it reaches the buyer, how it is paid, why it was cancelled, and the actions its state
 * allows now, decided by the same rules that guard the action routes.
 */
export async function orderDetail(container: MedusaContainer, id: string, locale: DomainLocale) {
  const state = await readOrderState(container, id)
  if (!state) throw new MedusaError(MedusaError.Types.NOT_FOUND, ORDER_NOT_FOUND[locale], "order_not_found")
  const { result } = await getOrderDetailWorkflow(container).run({ input: { order_id: id, fields: DETAIL_FIELDS } })
  return {
    ...(result as unknown as Record<string, unknown>),
    delivery: state.delivery,
    pickup_point: state.pickup_point,
    payment_method: state.payment_method,
    cancel_reason: state.cancel_reason,
    refund: state.refund ?? null,
    available_actions: availableActions(state),
  }
}
