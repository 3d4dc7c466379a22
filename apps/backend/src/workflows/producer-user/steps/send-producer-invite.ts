import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const sendProducerInviteStepId = "send-producer-invite"

export type SendProducerInviteInput = {
  producer_user_id: string
  email: string
  name: string
  producer_name: string
  invite_url: string
  // workflow data is serialised between steps: a Date may arrive as its ISO string
  expires_at: Date | string
}

/**
 * Sends the invite through the notification module (development: the local provider writes it to
 * the log). It is a step rather than an event subscriber: only the inviting request knows the raw
 * token (the database keeps its hash), so a subscriber given the user's id could not build the link.
 */
export const sendProducerInviteStep = createStep(
  sendProducerInviteStepId,
  async (input: SendProducerInviteInput, { container }) => {
    await container.resolve(Modules.NOTIFICATION).createNotifications({
      to: input.email,
      channel: "email",
      template: "producer-invite",
      trigger_type: "producer_user.invited",
      resource_id: input.producer_user_id,
      resource_type: "producer_user",
      data: {
        subject: `OCOP Lào Cai: lời mời quản lý gian hàng ${input.producer_name}`,
        name: input.name,
        producer_name: input.producer_name,
        invite_url: input.invite_url,
        expires_at: new Date(input.expires_at).toISOString(),
      },
    })
    return new StepResponse(undefined)
  },
)
