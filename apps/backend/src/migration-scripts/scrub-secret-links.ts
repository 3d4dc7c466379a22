import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * Decision 016, once per database: no readable secret stays at rest from before.
 * - Notification rows lose the invite and reset links their `data` held (`invite_url`, `reset_url`,
 *   `url`, `token`): those messages were sent long ago and their links are the secrets.
 * - Staff invites keep only the SHA-256 of their token. The stored value was Medusa's JWT itself; its
 *   hash still matches what the old link carries, so a pending invite's link keeps working through
 *   our accept route, while the table no longer holds anything usable.
 */
export default async function scrubSecretLinks({ container }: { container: MedusaContainer }) {
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const notifications = await db.raw(
    `UPDATE notification SET data = data - 'invite_url' - 'reset_url' - 'url' - 'token'
      WHERE jsonb_exists_any(data, array['invite_url', 'reset_url', 'url', 'token'])`,
  )
  // A JWT has three base64url parts; a hash is 64 hex characters and is left alone.
  const invites = await db.raw(
    `UPDATE invite SET token = encode(sha256(convert_to(token, 'UTF8')), 'hex') WHERE token !~ '^[0-9a-f]{64}$'`,
  )
  logger.info(
    `Scrubbed secret links: ${notifications.rowCount ?? 0} notification(s), ${invites.rowCount ?? 0} invite token(s) hashed`,
  )
}
