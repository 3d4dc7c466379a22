import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { closeRegisterSessionWorkflow } from "../../../../../workflows/point-of-sale/workflows/register-sessions"
import { requestLocale } from "../../../../utils/http"
import { sessionFor, sessionView } from "../../load"

/**
 * POST /admin/register-sessions/:id/close {counted: {"500000": 2, …}, note?} — closes with the
 * counted notes and coins; the server computes the expected cash and the difference.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { session, place, service } = await sessionFor(req, req.params.id!, "write")
  const body = req.validatedBody as { counted: Record<string, number>; note?: string | null }
  const { result } = await closeRegisterSessionWorkflow(req.scope).run({
    input: {
      session_id: session.id,
      place_id: place.id,
      counted: body.counted,
      note: body.note ?? null,
      threshold: place.cash_difference_threshold,
      actor_id: req.auth_context.actor_id,
      locale: requestLocale(req),
    },
  })
  res.json({ register_session: await sessionView(service, result) })
}
