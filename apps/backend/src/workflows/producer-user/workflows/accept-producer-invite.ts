import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { claimProducerInviteStep } from "../steps/claim-producer-invite"
import { setProducerPasswordStep } from "../steps/set-producer-password"
import { setProducerUserStatusStep } from "../steps/set-producer-user-status"

export const acceptProducerInviteWorkflowId = "accept-producer-invite"

/**
 * Accepting an invite: take the invite (once), give the person an email/password login for the
 * producer actor, mark them active. Any failure gives the invite back unchanged.
 */
export const acceptProducerInviteWorkflow = createWorkflow(
  acceptProducerInviteWorkflowId,
  (input: { invite_token_hash: string; password: string }) => {
    const claimed = claimProducerInviteStep(input.invite_token_hash)
    const login = transform({ claimed, input }, ({ claimed, input }) => ({
      producer_user_id: claimed.id,
      email: claimed.email,
      password: input.password,
    }))
    const identity = setProducerPasswordStep(login)
    const activate = transform({ claimed }, ({ claimed }) => ({
      id: claimed.id,
      status: "active" as const,
      clear_invite: true,
    }))
    const user = setProducerUserStatusStep(activate)
    return new WorkflowResponse({ user, auth_identity_id: identity.auth_identity_id })
  },
)
