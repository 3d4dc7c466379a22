import crypto from "node:crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { IUserModuleService } from "@medusajs/framework/types"
import { STAFF_ROLE_NAMES, staffRoleOf } from "@ocop/domain"
import { hashInviteToken } from "../../../../modules/producer/invite-token"
import { sealLink } from "../../../../notifications/secret-links"
import { sendNotificationQuietly } from "../../../../notifications/send-quietly"
import { staffInviteUrl } from "./invite-url"

type Invite = { id: string; email: string; expires_at: Date | string; metadata?: Record<string, unknown> | null }

/**
 * Gives a staff invite a fresh token and mails its link (decision 018). Medusa created the invite with
 * a token of its own (a JWT its closed `/admin/invites/accept` would take); it is replaced at once by
 * the SHA-256 of 32 random bytes, so the table never holds a usable token. The link exists only in
 * this request: sealed into the message (the notification table keeps the seal, not the link) and
 * returned to the caller, who shows it only outside production.
 */
export async function issueStaffInviteLink(scope: MedusaContainer, invite: Invite): Promise<string> {
  const token = crypto.randomBytes(32).toString("base64url")
  const users = scope.resolve<IUserModuleService>(Modules.USER)
  await users.updateInvites({ id: invite.id, token: hashInviteToken(token) } as Parameters<
    typeof users.updateInvites
  >[0])
  const url = staffInviteUrl(token, invite.email)
  const role = staffRoleOf(invite.metadata)
  await sendNotificationQuietly(
    scope,
    {
      to: invite.email,
      channel: "email",
      template: "staff-invite",
      trigger_type: "staff_invite.sent",
      resource_id: invite.id,
      resource_type: "invite",
      data: {
        subject: "OCOP Lào Cai: lời mời tham gia hệ thống quản lý",
        invite_url: sealLink(url),
        role,
        role_name: role ? STAFF_ROLE_NAMES[role].vi : null,
        expires_at: new Date(invite.expires_at).toISOString(),
      },
    },
    `staff invite email for ${invite.id}`,
  )
  return url
}

/** The link in an answer only outside production: there, only the invitee's mailbox gets it. */
export const shownInviteUrl = (url: string) => (process.env.NODE_ENV === "production" ? {} : { invite_url: url })
