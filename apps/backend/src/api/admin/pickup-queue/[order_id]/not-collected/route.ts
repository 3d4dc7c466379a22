import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { markPickupNotCollectedWorkflow } from "../../../../../workflows/point-of-sale/pickup/pickup-workflows"
import { requestLocale } from "../../../../utils/http"
import { placeFor } from "../../../../utils/place-access"

/** POST /admin/pickup-queue/:order_id/not-collected {point_of_sale_id} — past the hold days: stock returns, order cancelled. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const body = req.validatedBody as { point_of_sale_id: string }
  const place = await placeFor(req, body.point_of_sale_id, "write")
  await markPickupNotCollectedWorkflow(req.scope).run({
    input: { order_id: req.params.order_id!, place, actor_id: req.auth_context.actor_id, locale: requestLocale(req) },
  })
  res.json({ id: req.params.order_id, state: "not_collected" })
}
