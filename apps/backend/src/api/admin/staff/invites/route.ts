import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import type { IUserModuleService } from "@medusajs/framework/types"
import { createInvitesWorkflow } from "@medusajs/medusa/core-flows"
import type { StaffInviteInput } from "@ocop/domain"
import { requestLocale } from "../../../utils/http"
import { orderOf } from "../../../utils/paging"
import type { AdminStaffInvitesQuery } from "../validators"
import { issueStaffInviteLink, shownInviteUrl } from "./issue-link"
import { STAFF_INVITE_MESSAGES, type StaffInviteMessage } from "./messages"
import { staffInvite } from "./serialize"

/** GET /admin/staff/invites — invites not yet accepted (newest first by default), expired ones flagged. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.validatedQuery as unknown as AdminStaffInvitesQuery
  const users = req.scope.resolve<IUserModuleService>(Modules.USER)
  // Accepting deletes the invite (soft), so every invite listed is still pending.
  const [invites, count] = await users.listAndCountInvites(
    {},
    { order: orderOf(query.order), skip: query.offset, take: query.limit },
  )
  res.json({ staff_invites: invites.map(staffInvite), count, limit: query.limit, offset: query.offset })
}

function sendTaken(req: MedusaRequest, res: MedusaResponse, reason: StaffInviteMessage) {
  const message = STAFF_INVITE_MESSAGES[reason][requestLocale(req)]
  res.status(409).json({ type: "duplicate_error", message, errors: { email: message } })
}

/**
 * POST /admin/staff/invites — invites a person with the role they will have (decision 011). The
 * role waits in the invite's metadata until the invitee accepts through /admin/staff/invites/accept.
 * The link goes out by mail; the table keeps only its token's hash (decision 018).
 */
export async function POST(req: MedusaRequest<StaffInviteInput>, res: MedusaResponse) {
  const { email, role } = req.validatedBody
  const users = req.scope.resolve<IUserModuleService>(Modules.USER)
  if ((await users.listUsers({ email }, { take: 1 })).length > 0) return sendTaken(req, res, "user_exists")
  if ((await users.listInvites({ email }, { take: 1 })).length > 0) return sendTaken(req, res, "invite_pending")
  const { result } = await createInvitesWorkflow(req.scope).run({ input: { invites: [{ email, metadata: { role } }] } })
  const invite = result[0]!
  const url = await issueStaffInviteLink(req.scope, invite)
  res.status(201).json({ staff_invite: staffInvite(invite), ...shownInviteUrl(url) })
}
