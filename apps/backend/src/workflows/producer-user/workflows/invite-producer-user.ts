import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { issueProducerInviteStep, type IssueProducerInviteInput } from "../steps/issue-producer-invite"
import { sendProducerInviteStep } from "../steps/send-producer-invite"

export const inviteProducerUserWorkflowId = "invite-producer-user"

export type InviteProducerUserInput = IssueProducerInviteInput & { producer_name: string; invite_url: string }

/** Invites a person to sign in for a producer: stores the invite (token hashed), then sends the link. */
export const inviteProducerUserWorkflow = createWorkflow(
  inviteProducerUserWorkflowId,
  (input: InviteProducerUserInput) => {
    const issue = transform({ input }, ({ input }) => ({
      producer_id: input.producer_id,
      email: input.email,
      name: input.name,
      invite_token_hash: input.invite_token_hash,
      invite_expires_at: input.invite_expires_at,
    }))
    const user = issueProducerInviteStep(issue)
    const message = transform({ input, user }, ({ input, user }) => ({
      producer_user_id: user.id,
      email: input.email,
      name: input.name,
      producer_name: input.producer_name,
      invite_url: input.invite_url,
      expires_at: input.invite_expires_at,
    }))
    sendProducerInviteStep(message)
    return new WorkflowResponse(user)
  },
)
