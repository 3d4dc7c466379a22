import { createUsersWorkflow, setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { staffRoleOf } from "@ocop/domain"
import { claimStaffInviteStep } from "../steps/claim-staff-invite"

export const acceptStaffInviteWorkflowId = "accept-staff-invite"

export type AcceptStaffInviteInput = {
  token_hash: string
  auth_identity_id: string
  first_name: string
  last_name: string
}

/**
 * Accepts a staff invite (decisions 011, 018): takes the invite by its token's hash, creates the user
 * with the invite's e-mail and role in one step — the account never exists without its role — and
 * links the registered login to it. A failure gives the invite back and removes the user.
 */
export const acceptStaffInviteWorkflow = createWorkflow(
  acceptStaffInviteWorkflowId,
  (input: AcceptStaffInviteInput) => {
    const invite = claimStaffInviteStep(input.token_hash)
    const users = createUsersWorkflow.runAsStep({
      input: transform({ input, invite }, ({ input, invite }) => {
        const role = staffRoleOf(invite.metadata)
        return {
          users: [
            {
              email: invite.email,
              first_name: input.first_name,
              last_name: input.last_name,
              metadata: role ? { role } : {},
            },
          ],
        }
      }),
    })
    setAuthAppMetadataStep(
      transform({ input, users }, ({ input, users }) => ({
        authIdentityId: input.auth_identity_id,
        actorType: "user",
        value: users[0]!.id,
      })),
    )
    return new WorkflowResponse(users)
  },
)
