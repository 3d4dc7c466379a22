import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refreshInviteTokensWorkflow } from "@medusajs/medusa/core-flows"
import { staffInviteUrl } from "../../invite-url"
import { staffInvite } from "../../serialize"
import { pendingInvite } from "../../pending-invite"

/**
 * POST /admin/staff/invites/:id/resend — a new token and a new validity period; the old link stops
 * working (Medusa checks the token against the stored one). The role is kept.
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const invite = await pendingInvite(req, req.params.id!)
  const { result } = await refreshInviteTokensWorkflow(req.scope).run({ input: { invite_ids: [invite.id] } })
  const renewed = result[0]!
  res.json({ staff_invite: staffInvite({ ...invite, ...renewed }), invite_url: staffInviteUrl(renewed.token) })
}
