import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sessionFor, sessionView } from "../load"

/** GET /admin/register-sessions/:id — the session, its movements and the expected cash. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { session, service } = await sessionFor(req, req.params.id!, "read")
  res.json({ register_session: await sessionView(service, session) })
}
