import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules } from "@medusajs/framework/utils"
import { STAFF_ROLE_NAMES, staffRoleOf } from "@ocop/domain"
import { staffInviteUrl } from "../api/admin/staff/invites/invite-url"
import { sendNotificationQuietly } from "../notifications/send-quietly"

/**
 * Sends a staff invite's link when the invite is created or resent (through our staff routes or
 * Medusa's own invite routes); in development the local provider writes it to the log. Medusa
 * keeps the invite's token, so the link can be built here from the invite's id. A failure is
 * logged, never thrown: the administrator also got the link in the response.
 */
export default async function sendStaffInvite({ event, container }: SubscriberArgs<{ id: string }>) {
  const [invite] = await container.resolve(Modules.USER).listInvites({ id: event.data.id }, { take: 1 })
  if (!invite) return
  const role = staffRoleOf(invite.metadata)
  await sendNotificationQuietly(
    container,
    {
      to: invite.email,
      channel: "email",
      template: "staff-invite",
      trigger_type: event.name,
      resource_id: invite.id,
      resource_type: "invite",
      data: {
        subject: "OCOP Lào Cai: lời mời tham gia hệ thống quản lý",
        invite_url: staffInviteUrl(invite.token),
        role,
        role_name: role ? STAFF_ROLE_NAMES[role].vi : null,
        expires_at: new Date(invite.expires_at).toISOString(),
      },
    },
    `staff invite email for ${invite.id}`,
  )
}

export const config: SubscriberConfig = { event: ["invite.created", "invite.resent"] }
