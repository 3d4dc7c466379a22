import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { saleFor, saleView } from "../../load"
import { saleReceiptPdf } from "../../receipt"

/** GET /admin/counter-sales/:id/receipt — the 80 mm receipt as a PDF. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { sale, place, service } = await saleFor(req, req.params.id!, "read")
  const view = await saleView(service, sale, place)
  const pdf = await saleReceiptPdf(view)
  res.setHeader("content-type", "application/pdf")
  res.setHeader("content-disposition", `inline; filename="hoa-don-${place.code}-${sale.display_id}.pdf"`)
  res.send(pdf)
}
