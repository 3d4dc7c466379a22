import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { AuthWorkflowEvents } from "@medusajs/framework/utils"
import { passwordResetLink, type ResetActor } from "../notifications/links"
import { sendLinkEmail } from "../notifications/send-link-email"

type PasswordResetEvent = { entity_id: string; actor_type: string; token: string }

const ACTORS: readonly ResetActor[] = ["customer", "user", "producer"]

/**
 * Mails the link to choose a new password when someone asks for it (`POST /auth/<actor>/emailpass/
 * reset-password`; Medusa answers 201 whether or not the account exists, so nobody learns which
 * addresses have one). The one-time link goes into the message only: never stored, never logged.
 */
export default async function sendPasswordResetEmail({ event, container }: SubscriberArgs<PasswordResetEvent>) {
  const { entity_id: email, actor_type: actor, token } = event.data
  if (!ACTORS.includes(actor as ResetActor) || !email?.includes("@")) return
  await sendLinkEmail(container, {
    to: email,
    template: "password-reset",
    data: { reset_url: passwordResetLink(actor as ResetActor, token, email) },
  })
}

export const config: SubscriberConfig = { event: AuthWorkflowEvents.PASSWORD_RESET }
