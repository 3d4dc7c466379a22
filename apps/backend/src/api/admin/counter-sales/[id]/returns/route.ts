import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { CounterReturnValues } from "@ocop/domain"
import { returnCounterSaleWorkflow } from "../../../../../workflows/point-of-sale/workflows/return-counter-sale"
import { requestLocale } from "../../../../utils/http"
import { saleFor, saleView } from "../../load"

/**
 * POST /admin/counter-sales/:id/returns {register_session_id, kind: return|void, lines: [{line_id
 * (the line's index on the sale), quantity}], reason, approval?} — a void takes every remaining line
 * and needs a manager's approval; the refund goes back by the original methods.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { sale, place, service } = await saleFor(req, req.params.id!, "write")
  await returnCounterSaleWorkflow(req.scope).run({
    input: {
      place,
      sale_id: sale.id,
      values: req.validatedBody as CounterReturnValues,
      actor_id: req.auth_context.actor_id,
      locale: requestLocale(req),
    },
  })
  const [fresh] = await service.listCounterSales({ id: sale.id })
  res.status(201).json({ counter_sale: await saleView(service, fresh!, place) })
}
