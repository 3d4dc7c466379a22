import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordCashMovementWorkflow } from "../../../../../workflows/point-of-sale/workflows/register-sessions"
import { requestLocale } from "../../../../utils/http"
import { sessionFor, sessionView } from "../../load"

/** POST /admin/register-sessions/:id/movements {kind: cash_in|cash_out, amount, reason} */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { session, place, service } = await sessionFor(req, req.params.id!, "write")
  const body = req.validatedBody as { kind: "cash_in" | "cash_out"; amount: number; reason: string }
  await recordCashMovementWorkflow(req.scope).run({
    input: {
      ...body,
      session_id: session.id,
      place_id: place.id,
      actor_id: req.auth_context.actor_id,
      locale: requestLocale(req),
    },
  })
  const [fresh] = await service.listRegisterSessions({ id: session.id })
  res.status(201).json({ register_session: await sessionView(service, fresh!) })
}
