import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { handOverPickupWorkflow } from "../../../../../workflows/point-of-sale/pickup/pickup-workflows"
import { requestLocale } from "../../../../utils/http"
import { placeFor } from "../../../../utils/place-access"

/**
 * POST /admin/pickup-queue/:order_id/hand-over {point_of_sale_id, pickup_code, register_session_id?}
 * — the buyer shows the code from their confirmation; an unpaid order is paid in cash into the register.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const body = req.validatedBody as {
    point_of_sale_id: string
    pickup_code: string
    register_session_id?: string | null
  }
  const place = await placeFor(req, body.point_of_sale_id, "write")
  await handOverPickupWorkflow(req.scope).run({
    input: {
      order_id: req.params.order_id!,
      place,
      code: body.pickup_code,
      register_session_id: body.register_session_id ?? null,
      actor_id: req.auth_context.actor_id,
      locale: requestLocale(req),
    },
  })
  res.json({ id: req.params.order_id, state: "handed_over" })
}
