import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendStatement } from "../../admin/payouts/respond"
import { currentProducer } from "../scope"

/** GET /producer/payouts?from&to — the producer's own payout statement; no other producer's is reachable. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  await sendStatement(req, res, currentProducer(req).id, "json")
}
