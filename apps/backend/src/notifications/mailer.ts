import nodemailer, { type Transporter } from "nodemailer"
import type SMTPPool from "nodemailer/lib/smtp-pool"
import type { EmailMessage } from "./templates"

/**
 * An SMTP connection pool for `url` (smtp://user:password@host:587, STARTTLS when offered, or
 * smtps://…:465). Timeouts keep a dead server from holding a subscriber or a request for minutes.
 */
export function createMailTransport(url: string): Transporter {
  return nodemailer.createTransport({
    url,
    pool: true,
    maxConnections: 2,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  } satisfies SMTPPool.Options)
}

/** Hands one rendered message to the SMTP server; resolves with the server's message id. */
export async function deliver(
  transport: Transporter,
  envelope: { from: string; to: string },
  message: EmailMessage,
): Promise<string> {
  const info = await transport.sendMail({
    ...envelope,
    subject: message.subject,
    text: message.text,
    html: message.html,
  })
  return info.messageId
}
