import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { announcePickupReadyWorkflow } from "../../../../../workflows/point-of-sale/pickup/pickup-workflows"
import { requestLocale } from "../../../../utils/http"
import { placeFor } from "../../../../utils/place-access"

/** POST /admin/pickup-queue/:order_id/ready {point_of_sale_id, source} — announced to the buyer by e-mail. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const body = req.validatedBody as { point_of_sale_id: string; source: "warehouse" | "showroom" }
  const place = await placeFor(req, body.point_of_sale_id, "write")
  await announcePickupReadyWorkflow(req.scope).run({
    input: {
      order_id: req.params.order_id!,
      place,
      source: body.source,
      actor_id: req.auth_context.actor_id,
      locale: requestLocale(req),
    },
  })
  res.json({ id: req.params.order_id, state: "ready" })
}
