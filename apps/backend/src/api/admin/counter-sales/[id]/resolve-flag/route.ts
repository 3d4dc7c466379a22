import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { posRefusalMessage } from "@ocop/domain"
import { requestLocale } from "../../../../utils/http"
import { counterActor } from "../../../../utils/place-access"
import { saleFor, saleView } from "../../load"

/**
 * POST /admin/counter-sales/:id/resolve-flag {note} — the manager has looked at a flagged sale (an
 * offline sale that took stock below zero, or one recorded after its register closed) and says what
 * was done. Only the place's manager, trade promotion or an administrator.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { sale, place, service } = await saleFor(req, req.params.id!, "write")
  const locale = requestLocale(req)
  const actor = await counterActor(req)
  if (actor.role === "pos_clerk" && actor.id !== place.manager_user_id) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, posRefusalMessage("not_your_place", locale), "not_your_place")
  }
  if (!sale.flag || sale.flag_resolved_at) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, posRefusalMessage("flag_not_found", locale), "flag_not_found")
  }
  const { note } = req.validatedBody as { note: string }
  const [updated] = await service.updateCounterSales([
    { id: sale.id, flag_resolved_by: actor.id, flag_resolved_at: new Date(), flag_note: note },
  ])
  res.json({ counter_sale: await saleView(service, updated!, place) })
}
