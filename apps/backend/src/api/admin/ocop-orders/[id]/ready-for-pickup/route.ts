import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { readyOrderForPickupWorkflow } from "../../../../../workflows/order/workflows/ready-order-for-pickup"
import { requestLocale } from "../../../../utils/http"
import { orderDetail } from "../../order-detail"
import { withOrderLock } from "../../order-lock"

/**
 * POST /admin/ocop-orders/:id/ready-for-pickup — the goods wait at the showroom the buyer chose
 * (a fulfilment at that location). 400 for delivery, cancelled or already prepared orders.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const locale = requestLocale(req)
  await withOrderLock(req.scope, req.params.id!, () =>
    readyOrderForPickupWorkflow(req.scope).run({
      input: { order_id: req.params.id!, actor_id: req.auth_context.actor_id, locale },
    }),
  )
  res.json({ order: await orderDetail(req.scope, req.params.id!, locale) })
}
