import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { confirmOrderRefundWorkflow } from "../../../../../workflows/order/workflows/confirm-order-refund"
import { requestLocale } from "../../../../utils/http"
import { orderDetail } from "../../order-detail"
import { withOrderLock } from "../../order-lock"

/**
 * POST /admin/ocop-orders/:id/confirm-refund — the money of a cancelled VietQR order went back to
 * the buyer; the refund recorded at cancellation is now made. 400 when none is waiting.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const locale = requestLocale(req)
  await withOrderLock(req.scope, req.params.id!, () =>
    confirmOrderRefundWorkflow(req.scope).run({
      input: { order_id: req.params.id!, actor_id: req.auth_context.actor_id, locale },
    }),
  )
  res.json({ order: await orderDetail(req.scope, req.params.id!, locale) })
}
