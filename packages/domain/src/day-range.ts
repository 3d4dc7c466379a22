import { z } from "zod"
import { isRealCalendarDay } from "./vn-time"

/** A query's "yyyy-mm-dd" day: a real calendar day, kept as the string (reports and payouts). */
export const queryDaySchema = z
  .string({ error: "required" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "invalid_date")
  .refine((day) => {
    const [y, m, d] = day.split("-").map(Number)
    return isRealCalendarDay(y!, m!, d!)
  }, "invalid_date")

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000

/**
 * Refuses a period `from`–`to` (both inclusive) that runs backwards or spans `maxDays` days or more,
 * with `date_range_invalid` on `to`; for `superRefine` of a schema whose `from` and `to` are query days.
 */
export function checkDayRange(maxDays: number) {
  return (period: { from: string; to: string }, ctx: z.RefinementCtx) => {
    const days = dayNumber(period.to) - dayNumber(period.from)
    if (days < 0 || days >= maxDays) ctx.addIssue({ code: "custom", path: ["to"], message: "date_range_invalid" })
  }
}
