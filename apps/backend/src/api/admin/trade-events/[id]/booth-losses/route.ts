import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { BoothLoss } from "@ocop/domain"
import { answeringEventRefusals } from "../../../../../workflows/event/errors"
import { loadEvent } from "../../../../../workflows/event/load"
import { recordBoothStockWorkflow } from "../../../../../workflows/event/workflows/booth-stock"
import { requestLocale } from "../../../../utils/http"
import { eventView } from "../../serialize"

/**
 * POST /admin/trade-events/:id/booth-losses { lines, reason, note? } — units lost at the booth
 * (damaged, expired, missing, tasting): its stock falls by them and the reconciliation subtracts
 * them, so they are not taken for a difference. No more than the booth holds (400).
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await answeringEventRefusals(requestLocale(req), res, async () => {
    const body = req.validatedBody as BoothLoss
    await recordBoothStockWorkflow(req.scope).run({
      input: {
        event_id: req.params.id!,
        kind: "lost",
        producer_id: null,
        lines: body.lines,
        reason: body.reason,
        note: body.note ?? null,
        actor_id: req.auth_context.actor_id,
      },
    })
    res.status(201).json({ trade_event: await eventView(req.scope, await loadEvent(req.scope, req.params.id!)) })
  })
}
