/**
 * Cash registers at a counter: a session opens with a float, records cash in and out with a reason,
 * and closes with the notes and coins counted. What the drawer should hold is computed by the
 * server from the session's movements; a difference above the place's threshold needs a note.
 */
import { z } from "zod"
import { integerText, optionalText, requiredOr, requiredText } from "./schemas"

/** Notes and coins in circulation (đồng); coins are rare but still legal tender. */
export const VND_DENOMINATIONS = [
  500_000, 200_000, 100_000, 50_000, 20_000, 10_000, 5_000, 2_000, 1_000, 500, 200,
] as const

/** Kinds of cash movement; every change to the drawer is one of these. */
export const CASH_MOVEMENT_KINDS = ["float", "sale", "refund", "cash_in", "cash_out", "pickup_payment"] as const
export type CashMovementKind = (typeof CASH_MOVEMENT_KINDS)[number]

const count = z.preprocess(integerText, z.number().int("invalid_value").min(0, "invalid_value").max(100_000))
const dong = z.preprocess(
  integerText,
  z
    .number({ error: requiredOr("not_whole_dong") })
    .int("not_whole_dong")
    .min(0, "not_whole_dong")
    .max(10_000_000_000),
)

export const openRegisterSchema = z.object({ register_id: requiredText(1, 100), opening_float: dong }).strict()

export const cashMovementInputSchema = z
  .object({
    kind: z.enum(["cash_in", "cash_out"], { error: requiredOr("invalid_value") }),
    amount: dong.pipe(z.number().min(1, "not_whole_dong")),
    reason: requiredText(2, 300),
  })
  .strict()

/** Counted notes and coins: denomination (as text, JSON keys) → number of pieces. */
export const cashCountSchema = z.partialRecord(
  z.enum(VND_DENOMINATIONS.map(String) as [string, ...string[]], { error: "invalid_value" }),
  count,
)

export const closeRegisterSchema = z.object({ counted: cashCountSchema, note: optionalText(1000) }).strict()

/** The amount a count of notes and coins is worth. */
export function countedCash(counted: Readonly<Record<string, number>>): number {
  return Object.entries(counted).reduce((sum, [denomination, pieces]) => sum + Number(denomination) * pieces, 0)
}

/** Expected cash: the sum of the session's movements (float, cash sales net of change, refunds, in, out). */
export function expectedCash(movements: readonly { amount: number }[]): number {
  return movements.reduce((sum, m) => sum + m.amount, 0)
}

/** Whether a counted-minus-expected difference needs a note at a place with this threshold. */
export function differenceNeedsNote(difference: number, threshold: number): boolean {
  return Math.abs(difference) > threshold
}

export const REGISTER_SESSION_STATUSES = ["open", "closed"] as const
export type RegisterSessionStatus = (typeof REGISTER_SESSION_STATUSES)[number]
