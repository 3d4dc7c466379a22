import { MedusaError } from "@medusajs/framework/utils"
import { z } from "zod"
import type { EmailMessage } from "./layout"
import { orderPlacedEmail, orderPlacedSchema } from "./order-placed"
import { passwordResetEmail, passwordResetSchema } from "./password-reset"
import { counterReceiptEmail, counterReceiptSchema, pickupReadyEmail, pickupReadySchema } from "./points-of-sale"
import { producerInviteEmail, producerInviteSchema, staffInviteEmail, staffInviteSchema } from "./invites"

export type { EmailMessage } from "./layout"

/** Every e-mail the shop sends: template name → the data it needs and how it reads in Vietnamese. */
const TEMPLATES = {
  "order-placed": { schema: orderPlacedSchema, render: orderPlacedEmail },
  "staff-invite": { schema: staffInviteSchema, render: staffInviteEmail },
  "producer-invite": { schema: producerInviteSchema, render: producerInviteEmail },
  "password-reset": { schema: passwordResetSchema, render: passwordResetEmail },
  "pickup-ready": { schema: pickupReadySchema, render: pickupReadyEmail },
  "counter-receipt": { schema: counterReceiptSchema, render: counterReceiptEmail },
} as const satisfies Record<string, { schema: z.ZodType; render: (data: never) => EmailMessage }>

export type EmailTemplate = keyof typeof TEMPLATES

/**
 * Renders a notification as an e-mail. An unknown template or data that does not fit it throws
 * (the notification is recorded as failed) rather than sending a half-empty message.
 */
export function renderEmail(template: string, data: Record<string, unknown>): EmailMessage {
  const entry = (TEMPLATES as Record<string, { schema: z.ZodType; render: (data: never) => EmailMessage }>)[template]
  if (!entry) throw new MedusaError(MedusaError.Types.INVALID_DATA, `No e-mail template "${template}"`)
  const parsed = entry.schema.safeParse(data)
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => i.path.join(".")).join(", ")
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `E-mail "${template}": bad or missing data (${fields})`)
  }
  return entry.render(parsed.data as never)
}
