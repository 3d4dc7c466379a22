import crypto from "node:crypto"
import fs from "node:fs/promises"
import path from "node:path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Transporter } from "nodemailer"
import { loadBackendEnv } from "../config/env"
import { createMailTransport, deliver } from "./mailer"
import { renderEmail, type EmailTemplate } from "./templates"

let transport: Transporter | null | undefined

/**
 * Sends a message that carries a one-time link (password reset; invites can use it too) straight
 * through SMTP, not through the notification module, which would store the data — and so the
 * link — in its table. Without SMTP (development, OCOP_EMAIL_LOG_ONLY) only the fact is logged,
 * never the link; the journeys' stack, which stands a folder in for the recipients' mailboxes
 * (OCOP_MAILBOX_DIR), finds the message there as the `ocop-mail` provider writes it. A failure is
 * logged, not thrown: the caller's answer must not reveal it.
 */
export async function sendLinkEmail(
  container: MedusaContainer,
  input: { to: string; template: EmailTemplate; data: Record<string, unknown> },
): Promise<boolean> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const env = loadBackendEnv(process.env)
  if (env.email.kind !== "smtp" && env.mailboxDir) {
    const id = crypto.randomUUID()
    const message = { id, to: input.to, template: input.template, data: input.data, sent_at: new Date().toISOString() }
    await fs.mkdir(env.mailboxDir, { recursive: true })
    await fs.writeFile(path.join(env.mailboxDir, `${Date.now()}-${id}.json`), JSON.stringify(message))
    logger.info(`e-mail "${input.template}" put in the mailbox folder`)
    return true
  }
  if (env.email.kind !== "smtp") {
    logger.info(`e-mail "${input.template}" not sent: no SMTP_URL (the link is not logged)`)
    return false
  }
  try {
    transport ??= createMailTransport(env.email.url)
    const id = await deliver(transport, { from: env.email.from, to: input.to }, renderEmail(input.template, input.data))
    logger.info(`e-mail "${input.template}" handed to SMTP (${id})`)
    return true
  } catch (error) {
    logger.error(`e-mail "${input.template}" failed: ${(error as Error).message}`)
    return false
  }
}
