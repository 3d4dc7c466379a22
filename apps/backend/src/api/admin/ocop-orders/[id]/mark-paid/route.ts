import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { markOrderPaidWorkflow } from "../../../../../workflows/order/workflows/mark-order-paid"
import { requestLocale } from "../../../../utils/http"
import { orderDetail } from "../../order-detail"
import { withOrderLock } from "../../order-lock"

/**
 * POST /admin/ocop-orders/:id/mark-paid — the VietQR transfer arrived, or the cash was collected:
 * captures the order's payment. 400 when already paid or cancelled.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const locale = requestLocale(req)
  await withOrderLock(req.scope, req.params.id!, () =>
    markOrderPaidWorkflow(req.scope).run({
      input: { order_id: req.params.id!, actor_id: req.auth_context.actor_id, locale },
    }),
  )
  res.json({ order: await orderDetail(req.scope, req.params.id!, locale) })
}
