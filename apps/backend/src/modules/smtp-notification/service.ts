import type { Logger, ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import type { Transporter } from "nodemailer"
import { createMailTransport, deliver } from "../../notifications/mailer"
import { openSealedLinks } from "../../notifications/secret-links"
import { renderEmail } from "../../notifications/templates"

export type SmtpNotificationOptions = {
  /** smtp://user:password@host:587 (STARTTLS when offered) or smtps://…:465 */
  url: string
  /** The sender, "OCOP Lào Cai <no-reply@…>". */
  from: string
}

/**
 * Sends the shop's e-mails through an SMTP server with nodemailer. The message is rendered from the
 * notification's template and data (src/notifications/templates); an unknown template or a refused
 * message throws, so the notification module records the notification as failed.
 */
export default class SmtpNotificationService extends AbstractNotificationProviderService {
  static override identifier = "notification-smtp"

  private readonly transport: Transporter
  private readonly from: string
  private readonly logger: Logger

  static override validateOptions(options: Record<string, unknown>): void {
    if (typeof options.url !== "string" || !/^smtps?:\/\//.test(options.url)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "SMTP notification provider: `url` must be smtp:// or smtps://",
      )
    }
    if (typeof options.from !== "string" || !options.from.includes("@")) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "SMTP notification provider: `from` must be an address")
    }
  }

  constructor({ logger }: { logger: Logger }, options: SmtpNotificationOptions) {
    super()
    this.logger = logger
    this.from = options.from
    this.transport = createMailTransport(options.url)
  }

  override async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    // Links arrive sealed (the notification table keeps the seal, decision 018): open them to render.
    const message = renderEmail(notification.template, openSealedLinks(notification.data as Record<string, unknown>))
    const id = await deliver(
      this.transport,
      { from: notification.from?.trim() || this.from, to: notification.to },
      message,
    )
    this.logger.info(`e-mail "${notification.template}" handed to SMTP (${id})`)
    return { id }
  }
}
