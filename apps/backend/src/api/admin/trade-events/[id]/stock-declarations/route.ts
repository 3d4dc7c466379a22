import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { staffBoothStockDeclarationSchema } from "@ocop/domain"
import type { z } from "zod"
import { answeringEventRefusals } from "../../../../../workflows/event/errors"
import { loadEvent } from "../../../../../workflows/event/load"
import { recordBoothStockWorkflow } from "../../../../../workflows/event/workflows/booth-stock"
import { requestLocale } from "../../../../utils/http"
import { eventView } from "../../serialize"

/**
 * POST /admin/trade-events/:id/stock-declarations { producer_id, lines, note? } — staff record the
 * units a producer taking part brought to the booth itself, as the producer would in its console.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await answeringEventRefusals(requestLocale(req), res, async () => {
    const body = req.validatedBody as z.output<typeof staffBoothStockDeclarationSchema>
    await recordBoothStockWorkflow(req.scope).run({
      input: {
        event_id: req.params.id!,
        kind: "declared",
        producer_id: body.producer_id,
        lines: body.lines,
        reason: null,
        note: body.note ?? null,
        actor_id: req.auth_context.actor_id,
      },
    })
    res.status(201).json({ trade_event: await eventView(req.scope, await loadEvent(req.scope, req.params.id!)) })
  })
}
