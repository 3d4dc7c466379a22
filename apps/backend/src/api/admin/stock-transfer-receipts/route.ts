import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { TransferReceipt } from "@ocop/domain"
import { receiveStockTransferWorkflow } from "../../../workflows/point-of-sale/workflows/stock-transfers"
import { requestLocale } from "../../utils/http"
import { transferFor, transferView } from "../stock-transfers/load"

/**
 * POST /admin/stock-transfer-receipts {transfer_id, lines: [{line_id, received_quantity, loss_reason?,
 * loss_note?}], note?} — what arrived, counted by someone working at the destination. A route of its
 * own, apart from /admin/stock-transfers (trade promotion's), because a clerk receives but never sends.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { transfer_id, ...receipt } = req.validatedBody as TransferReceipt & { transfer_id: string }
  const { transfer, service } = await transferFor(req, transfer_id, "receive")
  await receiveStockTransferWorkflow(req.scope).run({
    input: { transfer_id: transfer.id, actor_id: req.auth_context.actor_id, locale: requestLocale(req), receipt },
  })
  const [fresh] = await service.listStockTransfers({ id: transfer.id }, { relations: ["lines"] })
  res.status(201).json({ stock_transfer: await transferView(req, fresh!) })
}
