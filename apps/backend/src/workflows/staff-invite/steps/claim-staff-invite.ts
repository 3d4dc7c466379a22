import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const claimStaffInviteStepId = "claim-staff-invite"

/** Raised when the token is unknown, used or expired; the route answers 400 in the caller's language. */
export const STAFF_INVITE_UNUSABLE = "staff_invite_unusable"

export type ClaimedStaffInvite = { id: string; email: string; metadata: Record<string, unknown> | null }

/**
 * Takes the invite whose token hashes to `tokenHash`, in one conditional statement so that of two
 * simultaneous acceptances only one wins (Medusa's invite table keeps the hash in `token`, decision
 * 016). Taking it is Medusa's own soft delete; the compensation gives it back.
 */
export const claimStaffInviteStep = createStep(
  claimStaffInviteStepId,
  async (tokenHash: string, { container }) => {
    const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const rows: ClaimedStaffInvite[] = await db("invite")
      .update({ deleted_at: db.fn.now() })
      .where({ token: tokenHash, deleted_at: null })
      .andWhere("expires_at", ">", db.fn.now())
      .returning(["id", "email", "metadata"])
    const claimed = rows[0]
    if (!claimed) throw new MedusaError(MedusaError.Types.INVALID_DATA, STAFF_INVITE_UNUSABLE)
    return new StepResponse(claimed, claimed.id)
  },
  async (inviteId, { container }) => {
    if (!inviteId) return
    const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    await db("invite").update({ deleted_at: null }).where({ id: inviteId })
  },
)
