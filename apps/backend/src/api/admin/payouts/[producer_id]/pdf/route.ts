import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendStatement } from "../../respond"

/** GET /admin/payouts/:producer_id/pdf?from&to — the statement as a file. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  await sendStatement(req, res, req.params.producer_id!, "pdf")
}
