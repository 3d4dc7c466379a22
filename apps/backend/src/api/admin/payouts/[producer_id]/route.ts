import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendStatement } from "../respond"

/** GET /admin/payouts/:producer_id?from&to — one producer's payout statement. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  await sendStatement(req, res, req.params.producer_id!, "json")
}
