import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendStatement } from "../../../admin/payouts/respond"
import { currentProducer } from "../../scope"

/** GET /producer/payouts/xlsx?from&to — the producer's own statement as a file. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  await sendStatement(req, res, currentProducer(req).id, "xlsx")
}
