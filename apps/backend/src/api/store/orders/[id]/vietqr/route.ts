import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { buildVietQrPayload, orderTransferNote, PAYMENT_PROVIDER_IDS, type OrderVietQr } from "@ocop/domain"
import { loadBackendEnv } from "../../../../../config/env"

type OrderPayments = {
  id: string
  display_id: number | string
  currency_code: string
  total: number
  payment_collections?: ({ status: string; payment_sessions?: ({ provider_id: string } | null)[] } | null)[]
}

/**
 * GET /store/orders/:id/vietqr — the VietQR code of an order paid by bank transfer: payload (EMVCo/NAPAS,
 * amount = order total in đồng, note = order number) and the same facts as text. 404 for other orders.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse<{ vietqr: OrderVietQr }>) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "currency_code",
      "total",
      "payment_collections.status",
      "payment_collections.payment_sessions.provider_id",
    ],
    filters: { id: req.params.id! },
  })
  const order = data[0] as unknown as OrderPayments | undefined
  const collections = (order?.payment_collections ?? []).flatMap((c) => (c ? [c] : []))
  const byVietQr = collections.some((c) =>
    (c.payment_sessions ?? []).some((s) => s?.provider_id === PAYMENT_PROVIDER_IDS.vietqr),
  )
  if (!order || !byVietQr || order.currency_code !== "vnd") {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "No VietQR transfer for this order")
  }
  const account = loadBackendEnv(process.env).vietqr
  const amount = Math.round(Number(order.total))
  const note = orderTransferNote(order.display_id)
  res.json({
    vietqr: {
      payload: buildVietQrPayload({ bankBin: account.bankBin, accountNumber: account.accountNumber, amount, note }),
      bank_bin: account.bankBin,
      account_number: account.accountNumber,
      account_name: account.accountName,
      sample_account: account.sample,
      amount,
      currency_code: "vnd",
      note,
      paid: collections.some((c) => c.status === "completed"),
    },
  })
}
