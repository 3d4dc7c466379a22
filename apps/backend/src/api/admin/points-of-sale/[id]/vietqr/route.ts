import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { buildVietQrPayload, vietQrNote } from "@ocop/domain"
import type { z } from "zod"
import { loadBackendEnv } from "../../../../../config/env"
import { placeFor } from "../../../../utils/place-access"
import type { placeVietQrQuerySchema } from "../../validators"

/**
 * GET /admin/points-of-sale/:id/vietqr?amount=&note= — the dynamic VietQR the counter screen shows
 * the buyer (same payload code as online orders, decision 008); the clerk confirms the transfer.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await placeFor(req, req.params.id!, "write")
  const { amount, note } = req.validatedQuery as z.infer<typeof placeVietQrQuerySchema>
  const account = loadBackendEnv(process.env).vietqr
  const text = vietQrNote(note)
  res.json({
    vietqr: {
      payload: buildVietQrPayload({
        bankBin: account.bankBin,
        accountNumber: account.accountNumber,
        amount,
        note: text,
      }),
      bank_bin: account.bankBin,
      account_number: account.accountNumber,
      account_name: account.accountName,
      sample_account: account.sample,
      amount,
      note: text,
    },
  })
}
