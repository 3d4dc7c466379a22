import { staffRoleOf } from "@ocop/domain"

/** A pending staff invite as the console lists it: the intended role, never the token. */
export function staffInvite(invite: {
  id: string
  email: string
  expires_at: Date | string
  metadata?: Record<string, unknown> | null
  created_at?: Date | string
}) {
  const expiresAt = new Date(invite.expires_at)
  return {
    id: invite.id,
    email: invite.email,
    role: staffRoleOf(invite.metadata),
    expires_at: expiresAt.toISOString(),
    expired: expiresAt.getTime() < Date.now(),
    created_at: invite.created_at,
  }
}
