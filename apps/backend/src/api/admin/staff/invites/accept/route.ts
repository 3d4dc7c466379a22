import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import type { IUserModuleService } from "@medusajs/framework/types"
import type { StaffInviteAccept } from "@ocop/domain"
import { hashInviteToken } from "../../../../../modules/producer/invite-token"
import { acceptStaffInviteWorkflow } from "../../../../../workflows/staff-invite/workflows/accept-staff-invite"
import { requestLocale } from "../../../../utils/http"
import { staffMember } from "../../serialize"
import { STAFF_INVITE_MESSAGES, type StaffInviteMessage } from "../messages"

// The invitee has no account yet: the route authenticates a registration token itself (middlewares.ts).
export const AUTHENTICATE = false

/**
 * POST /admin/staff/invites/accept { token, first_name, last_name } with the bearer token of a
 * freshly registered emailpass identity — creates the staff account with the role the invite
 * carries, in the same workflow that creates the user (decision 011): the account never exists
 * without its role, so its first request already has the right access. The invite is found by the
 * hash of the token (decision 018).
 */
export async function POST(req: AuthenticatedMedusaRequest<StaffInviteAccept>, res: MedusaResponse) {
  const locale = requestLocale(req)
  const refuse = (field: string, reason: StaffInviteMessage) => {
    const message = STAFF_INVITE_MESSAGES[reason][locale]
    res.status(400).json({ type: "invalid_data", message, errors: { [field]: message } })
  }
  // Same rule as Medusa's own accept route: an existing account cannot take a second one.
  if (req.auth_context.actor_id) return refuse("token", "signed_in")
  const { token, first_name, last_name } = req.validatedBody
  const tokenHash = hashInviteToken(token)
  const users = req.scope.resolve<IUserModuleService>(Modules.USER)
  const [invite] = await users.listInvites({ token: tokenHash } as Parameters<typeof users.listInvites>[0], { take: 1 })
  if (!invite || new Date(invite.expires_at).getTime() < Date.now()) return refuse("token", "invite_unusable")

  // Medusa accepts any registered identity; we insist on the invited address, so the login a
  // person uses is the email the administrator chose.
  const identity = await req.scope
    .resolve(Modules.AUTH)
    .retrieveAuthIdentity(req.auth_context.auth_identity_id, { relations: ["provider_identities"] })
  const emails = (identity.provider_identities ?? []).map((p) => p.entity_id.toLowerCase())
  if (!emails.includes(invite.email.toLowerCase())) return refuse("email", "email_mismatch")

  try {
    const { result } = await acceptStaffInviteWorkflow(req.scope).run({
      input: { token_hash: tokenHash, auth_identity_id: req.auth_context.auth_identity_id, first_name, last_name },
    })
    res.json({ staff: staffMember(result[0]!) })
  } catch {
    // Accepted, withdrawn or expired between the check and the workflow.
    refuse("token", "invite_unusable")
  }
}
