import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { Producer } from "./models/producer"
import { ProducerUser } from "./models/producer-user"

/** An invite taken by claimInvite: who accepts it, and the token state to put back on failure. */
export type ClaimedInvite = {
  id: string
  email: string
  producer_id: string
  invite_token_hash: string
  invite_expires_at: Date
}

/** CRUD for the producer register and the producers' console users; search and listing rules live in the API layer and workflows. */
class ProducerModuleService extends MedusaService({ Producer, ProducerUser }) {
  /**
   * Takes a pending, unexpired invite by its token hash and clears the token, in one conditional
   * UPDATE: of two requests with the same token only one gets the user, so an invite is used once.
   * Active users can hold an invite too (staff re-invite someone who forgot the password). A
   * suspended producer's invites wait: its people could not sign in anyway, and accepting would
   * still set a password.
   */
  @InjectManager()
  async claimInvite(
    tokenHash: string,
    @MedusaContext() sharedContext: Context<EntityManager> = {},
  ): Promise<ClaimedInvite | null> {
    // Under READ COMMITTED a second UPDATE waits for the first, then re-checks the WHERE on the new row.
    const rows: Omit<ClaimedInvite, "invite_token_hash">[] = await sharedContext.manager!.execute(
      `UPDATE producer_user SET invite_token_hash = NULL, updated_at = now()
       WHERE invite_token_hash = ? AND status IN ('invited', 'active') AND invite_expires_at > now() AND deleted_at IS NULL
         AND EXISTS (SELECT 1 FROM producer p WHERE p.id = producer_user.producer_id AND p.status = 'active' AND p.deleted_at IS NULL)
       RETURNING id, email, producer_id, invite_expires_at`,
      [tokenHash],
    )
    return rows[0] ? { ...rows[0], invite_token_hash: tokenHash } : null
  }
}

export default ProducerModuleService
