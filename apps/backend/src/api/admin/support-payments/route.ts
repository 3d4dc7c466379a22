import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { fieldErrors, supportDue, supportPaymentInputSchema } from "@ocop/domain"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import { PAYOUT_MODULE } from "../../../modules/payout"
import type PayoutModuleService from "../../../modules/payout/service"
import { requestLocale, sendInvalid } from "../../utils/http"

const REFUSED = {
  unknown: { vi: "Không tìm thấy giấy chứng nhận", en: "Certificate not found" },
  paid: { vi: "Hỗ trợ của giấy chứng nhận này đã được chi", en: "This certificate's support was already paid" },
  revoked: { vi: "Giấy chứng nhận đã bị thu hồi: không chi hỗ trợ", en: "The certificate was revoked: no support" },
} as const

/** GET /admin/support-payments — every support payment recorded, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const payouts = req.scope.resolve<PayoutModuleService>(PAYOUT_MODULE)
  const rows = await payouts.listSupportPayments({}, { order: { paid_on: "DESC" }, take: 1000 })
  res.json({ support_payments: rows.map((r) => ({ ...r, amount: Number(r.amount) })) })
}

/**
 * POST /admin/support-payments {certification_id, paid_on, reference?, note?} — records that the
 * certificate's Resolution 26/2020 support was paid; the amount is the one its stars are due.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const locale = requestLocale(req)
  const parsed = supportPaymentInputSchema.safeParse(req.body ?? {})
  if (!parsed.success) return sendInvalid(res, fieldErrors(parsed.error, locale), locale)
  const input = parsed.data
  const ocop = req.scope.resolve<OcopModuleService>(OCOP_MODULE)
  const [cert] = await ocop.listCertifications({ id: input.certification_id }, { take: 1 })
  if (!cert) return sendInvalid(res, { certification_id: REFUSED.unknown[locale] }, locale)
  if (cert.revoked_at) return sendInvalid(res, { certification_id: REFUSED.revoked[locale] }, locale)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "producer.id"],
    filters: { id: cert.product_id },
  })
  const producerId = (data[0] as any)?.producer?.id as string | undefined
  if (!producerId) return sendInvalid(res, { certification_id: REFUSED.unknown[locale] }, locale)
  const payouts = req.scope.resolve<PayoutModuleService>(PAYOUT_MODULE)
  const [already] = await payouts.listSupportPayments({ certification_id: cert.id }, { take: 1 })
  if (already)
    return res.status(409).json({
      type: "duplicate_error",
      message: REFUSED.paid[locale],
      errors: { certification_id: REFUSED.paid[locale] },
    })
  const payment = await payouts.createSupportPayments({
    producer_id: producerId,
    product_id: cert.product_id,
    certification_id: cert.id,
    star_level: cert.star_level,
    amount: supportDue(cert.star_level),
    paid_on: new Date(`${input.paid_on}T00:00:00Z`),
    reference: input.reference ?? null,
    note: input.note ?? null,
    recorded_by: req.auth_context.actor_id ?? null,
  })
  res.status(201).json({ support_payment: { ...payment, amount: Number(payment.amount) } })
}
