import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { handOverOrderWorkflow } from "../../../../../workflows/order/workflows/hand-over-order"
import { requestLocale } from "../../../../utils/http"
import { orderDetail } from "../../order-detail"
import { withOrderLock } from "../../order-lock"

/**
 * POST /admin/ocop-orders/:id/picked-up — the buyer collected a ready pickup order. 400 when it is
 * not ready, or not paid yet (goods leave the showroom once the money is in).
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const locale = requestLocale(req)
  await withOrderLock(req.scope, req.params.id!, () =>
    handOverOrderWorkflow(req.scope).run({ input: { order_id: req.params.id!, locale, action: "picked_up" } }),
  )
  res.json({ order: await orderDetail(req.scope, req.params.id!, locale) })
}
