import fs from "node:fs/promises"
import path from "node:path"
import crypto from "node:crypto"
import type { Logger, ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import { openSealedLinks } from "../../notifications/secret-links"

type Options = {
  /** A folder that stands in for the recipients' mailboxes (tests, demos): one JSON file a message. */
  mailbox_dir?: string
  /** Development only: write the links into the log, so a developer can follow an invite. */
  log_links?: boolean
}

/**
 * The e-mail channel until a mail server is configured (decision 018). It opens the sealed links of
 * a message (secret-links.ts) at the moment it delivers it, so the notification table never holds
 * one, and it never writes a link to the log outside development.
 */
export default class OcopMailService extends AbstractNotificationProviderService {
  static override identifier = "ocop-mail"
  private readonly logger: Logger
  private readonly options: Options

  constructor({ logger }: { logger: Logger }, options: Options) {
    super()
    this.logger = logger
    this.options = options ?? {}
  }

  override async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    if (!notification?.to) throw new MedusaError(MedusaError.Types.INVALID_DATA, "A message needs a recipient")
    const data = openSealedLinks(notification.data as Record<string, unknown> | null)
    const id = `msg_${crypto.randomBytes(8).toString("hex")}`
    if (this.options.mailbox_dir) {
      const message = {
        id,
        to: notification.to,
        template: notification.template,
        data,
        sent_at: new Date().toISOString(),
      }
      await fs.mkdir(this.options.mailbox_dir, { recursive: true })
      await fs.writeFile(path.join(this.options.mailbox_dir, `${Date.now()}-${id}.json`), JSON.stringify(message))
    }
    const shown = this.options.log_links ? ` ${JSON.stringify(data)}` : ""
    this.logger.info(`Mail "${notification.template}" to ${notification.to}${shown}`)
    return { id }
  }
}
