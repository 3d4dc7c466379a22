import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { saleFor, saleView } from "../load"

/** GET /admin/counter-sales/:id — a sale with everything its receipt shows. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { sale, place, service } = await saleFor(req, req.params.id!, "read")
  res.json({ counter_sale: await saleView(service, sale, place) })
}
