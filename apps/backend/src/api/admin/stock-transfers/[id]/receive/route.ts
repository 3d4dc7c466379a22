import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { TransferReceipt } from "@ocop/domain"
import { receiveStockTransferWorkflow } from "../../../../../workflows/point-of-sale/workflows/stock-transfers"
import { requestLocale } from "../../../../utils/http"
import { transferFor, transferView } from "../../load"

/** POST /admin/stock-transfers/:id/receive {lines: [{line_id, received_quantity, loss_reason?, loss_note?}], note?} — by someone working at the destination. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { transfer, service } = await transferFor(req, req.params.id!, "receive")
  await receiveStockTransferWorkflow(req.scope).run({
    input: {
      transfer_id: transfer.id,
      actor_id: req.auth_context.actor_id,
      locale: requestLocale(req),
      receipt: req.validatedBody as TransferReceipt,
    },
  })
  const [fresh] = await service.listStockTransfers({ id: transfer.id }, { relations: ["lines"] })
  res.json({ stock_transfer: await transferView(req, fresh!) })
}
