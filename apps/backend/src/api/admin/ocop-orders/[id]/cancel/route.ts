import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelOrderWithReasonWorkflow } from "../../../../../workflows/order/workflows/cancel-order-with-reason"
import { requestLocale } from "../../../../utils/http"
import { orderDetail } from "../../order-detail"
import { withOrderLock } from "../../order-lock"
import type { CancelOrderBody } from "../../validators"

/**
 * POST /admin/ocop-orders/:id/cancel {reason} — cancels an order not prepared yet and keeps the
 * reason in its metadata. 400 once the order is prepared, shipped or already cancelled.
 */
export async function POST(req: AuthenticatedMedusaRequest<CancelOrderBody>, res: MedusaResponse) {
  const locale = requestLocale(req)
  await withOrderLock(req.scope, req.params.id!, () =>
    cancelOrderWithReasonWorkflow(req.scope).run({
      input: {
        order_id: req.params.id!,
        actor_id: req.auth_context.actor_id,
        locale,
        reason: req.validatedBody.reason,
      },
    }),
  )
  res.json({ order: await orderDetail(req.scope, req.params.id!, locale) })
}
