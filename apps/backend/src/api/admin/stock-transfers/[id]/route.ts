import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { transferFor, transferView } from "../load"

/** GET /admin/stock-transfers/:id — the transfer as its delivery note prints it. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { transfer } = await transferFor(req, req.params.id!, "read")
  res.json({ stock_transfer: await transferView(req, transfer) })
}
