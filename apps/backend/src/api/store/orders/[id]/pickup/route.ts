import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { readOrderState } from "../../../../../workflows/order/order-facts"
import { pickupCodeOf } from "../../../../../workflows/point-of-sale/pickup-code"

/**
 * GET /store/orders/:id/pickup — for a pickup order, the place and the code the buyer shows there
 * (printed on the confirmation). Like the order itself, it is reached with the order's unguessable
 * id, which only the buyer's confirmation page and e-mail carry. 404 for other orders.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const state = await readOrderState(req.scope, req.params.id!)
  if (!state || state.delivery !== "pickup" || !state.pickup_point) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "No pickup for this order")
  }
  res.json({
    pickup: {
      code: state.pickup_point.code,
      name: state.pickup_point.name,
      pickup_code: pickupCodeOf(state.id),
      status: state.status,
    },
  })
}
