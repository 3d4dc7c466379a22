import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"

import { cancelStockTransferWorkflow } from "../../../../../workflows/point-of-sale/workflows/stock-transfers"
import { requestLocale } from "../../../../utils/http"
import { transferFor, transferView } from "../../load"

/** POST /admin/stock-transfers/:id/cancel — a draft, or a sent transfer whose reservation is released. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { transfer, service } = await transferFor(req, req.params.id!, "read")
  await cancelStockTransferWorkflow(req.scope).run({
    input: { transfer_id: transfer.id, actor_id: req.auth_context.actor_id, locale: requestLocale(req) },
  })
  const [fresh] = await service.listStockTransfers({ id: transfer.id }, { relations: ["lines"] })
  res.json({ stock_transfer: await transferView(req, fresh!) })
}
