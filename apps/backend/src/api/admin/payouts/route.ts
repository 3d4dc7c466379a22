import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { fieldErrors, payoutQuerySchema } from "@ocop/domain"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import { payoutStatement } from "../../../workflows/payout/statement"
import { requestLocale, sendInvalid } from "../../utils/http"

/**
 * GET /admin/payouts?from&to — what the province owes each producer for the period: consignment
 * (counter and booth sales less returns) and Resolution 26/2020 support due, paid and outstanding.
 * Producers with nothing in the period are left out.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const parsed = payoutQuerySchema.safeParse(req.query ?? {})
  const locale = requestLocale(req)
  if (!parsed.success) return sendInvalid(res, fieldErrors(parsed.error, locale), locale)
  const producers = await req.scope
    .resolve<ProducerModuleService>(PRODUCER_MODULE)
    .listProducers({}, { select: ["id", "name"], order: { name: "ASC" } })
  const rows = []
  for (const p of producers) {
    const s = await payoutStatement(req.scope, p.id, parsed.data)
    if (!s || (!s.consignment.lines.length && !s.support.lines.length)) continue
    rows.push({
      producer_id: p.id,
      producer_name: p.name,
      consignment_owed: s.consignment.totals.owed,
      support_due: s.support.due,
      support_paid: s.support.paid,
      support_outstanding: s.support.outstanding,
      total_owed: s.total_owed,
    })
  }
  res.json({ payouts: rows })
}
