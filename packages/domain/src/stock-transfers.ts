/**
 * Stock transfers between places (warehouse, showrooms, later booths): draft → sent → received.
 * The units that leave the source either arrive or are recorded as lost with a reason, so the
 * total of all places changes only by what is recorded as lost.
 */
import { z } from "zod"
import { integerText, optionalText, requiredOr, requiredText } from "./schemas"

export const TRANSFER_STATUSES = ["draft", "sent", "received", "canceled"] as const
export type TransferStatus = (typeof TRANSFER_STATUSES)[number]

/** Why fewer units arrived than were sent. */
export const TRANSFER_LOSS_REASONS = ["damaged", "missing", "expired"] as const
export type TransferLossReason = (typeof TRANSFER_LOSS_REASONS)[number]

const quantity = z.preprocess(integerText, z.number({ error: requiredOr("invalid_value") }).int("invalid_value"))

export const transferLineInputSchema = z
  .object({
    variant_id: requiredText(1, 100),
    quantity: quantity.pipe(z.number().min(1, "invalid_value").max(100_000, "invalid_value")),
  })
  .strict()

/** A draft transfer: from and to are stock location ids. */
export const transferInputSchema = z
  .object({
    from_location_id: requiredText(1, 100),
    to_location_id: requiredText(1, 100),
    note: optionalText(1000),
    lines: z.array(transferLineInputSchema).min(1, "required").max(500, "too_long"),
  })
  .strict()
  .refine((t) => t.from_location_id !== t.to_location_id, { message: "invalid_value", path: ["to_location_id"] })
  .refine((t) => new Set(t.lines.map((l) => l.variant_id)).size === t.lines.length, {
    message: "invalid_value",
    path: ["lines"],
  })

/** What the receiving place counted, per line; a shortfall needs a reason. */
export const transferReceiptSchema = z
  .object({
    lines: z
      .array(
        z
          .object({
            line_id: requiredText(1, 100),
            received_quantity: quantity.pipe(z.number().min(0, "invalid_value")),
            loss_reason: z.enum(TRANSFER_LOSS_REASONS, { error: "invalid_value" }).nullish(),
            loss_note: optionalText(500),
          })
          .strict(),
      )
      .min(1, "required"),
    note: optionalText(1000),
  })
  .strict()

export type TransferReceipt = z.output<typeof transferReceiptSchema>

/** A counted line checked against what was sent: received ≤ sent, and a shortfall has a reason. */
export function receiptLineProblem(
  sent: number,
  counted: { received_quantity: number; loss_reason?: string | null },
): "over_received" | "loss_reason_required" | null {
  if (counted.received_quantity > sent) return "over_received"
  if (counted.received_quantity < sent && !counted.loss_reason) return "loss_reason_required"
  return null
}
