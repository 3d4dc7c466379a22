import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { errorMessage, type ErrorCode } from "@ocop/domain"
import { placeOrderWorkflow } from "../../../../../workflows/order/workflows/place-order"
import { requestLocale } from "../../../../utils/http"

/** The payment provider's refusals: the buyer may choose again, so they are a 400 with a code. */
const PAYMENT_REFUSALS: string[] = [
  MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR,
  MedusaError.Types.PAYMENT_REQUIRES_MORE_ERROR,
]

/**
 * POST /store/carts/:id/place — the storefront's "Đặt hàng": places the cart's order in one request
 * (placeOrderWorkflow) and answers `{ order }`. Refusals carry a code from @ocop/domain's
 * ERROR_CODES: `checkout_incomplete`, `payment_not_authorized`, a line no longer purchasable
 * (`out_of_stock`, `not_certified`…, 400), or `busy` (409, Retry-After: nothing was written). A
 * signed-in buyer's order goes to their account; a cart already placed answers with its order.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const actor = req.auth_context
  const customerId = actor?.actor_type === "customer" && actor.actor_id ? actor.actor_id : null
  let orderId: string
  try {
    const { result } = await placeOrderWorkflow(req.scope).run({
      input: { cart_id: req.params.id!, customer_id: customerId },
    })
    orderId = result
  } catch (error) {
    const failed = error as { type?: string; code?: string } | null
    const code: ErrorCode | null = PAYMENT_REFUSALS.includes(failed?.type ?? "")
      ? "payment_not_authorized"
      : failed?.code === "checkout_incomplete"
        ? "checkout_incomplete"
        : null
    if (!code) throw error
    res.status(400).json({ type: "not_allowed", code, message: errorMessage(code, requestLocale(req)) })
    return
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "display_id", "email", "currency_code", "total", "customer_id"],
    filters: { id: orderId },
  })
  res.json({ order: data[0] })
}
