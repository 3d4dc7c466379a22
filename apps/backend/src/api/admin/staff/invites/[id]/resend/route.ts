import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refreshInviteTokensWorkflow } from "@medusajs/medusa/core-flows"
import { issueStaffInviteLink, shownInviteUrl } from "../../issue-link"
import { staffInvite } from "../../serialize"
import { pendingInvite } from "../../pending-invite"

/**
 * POST /admin/staff/invites/:id/resend — a new token and a new validity period; the old link stops
 * working (only the new token's hash is stored). The role is kept.
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const invite = await pendingInvite(req, req.params.id!)
  const { result } = await refreshInviteTokensWorkflow(req.scope).run({ input: { invite_ids: [invite.id] } })
  const renewed = { ...invite, ...result[0]! }
  const url = await issueStaffInviteLink(req.scope, renewed)
  res.json({ staff_invite: staffInvite(renewed), ...shownInviteUrl(url) })
}
