import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { requestLocale } from "../../../utils/http"
import { orderDetail } from "../order-detail"

/** GET /admin/ocop-orders/:id — the order with its delivery, payment method and possible actions. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ order: await orderDetail(req.scope, req.params.id!, requestLocale(req)) })
}
