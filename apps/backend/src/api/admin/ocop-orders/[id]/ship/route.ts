import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { shipOrderWorkflow } from "../../../../../workflows/order/workflows/ship-order"
import { requestLocale } from "../../../../utils/http"
import { orderDetail } from "../../order-detail"
import { withOrderLock } from "../../order-lock"
import type { ShipOrderBody } from "../../validators"

/**
 * POST /admin/ocop-orders/:id/ship {tracking_number, tracking_url?} — a delivery order leaves with
 * the carrier: fulfilment and shipment in one workflow. 400 for pickup, cancelled or sent orders.
 */
export async function POST(req: AuthenticatedMedusaRequest<ShipOrderBody>, res: MedusaResponse) {
  const locale = requestLocale(req)
  const { tracking_number, tracking_url } = req.validatedBody
  await withOrderLock(req.scope, req.params.id!, () =>
    shipOrderWorkflow(req.scope).run({
      input: { order_id: req.params.id!, actor_id: req.auth_context.actor_id, locale, tracking_number, tracking_url },
    }),
  )
  res.json({ order: await orderDetail(req.scope, req.params.id!, locale) })
}
