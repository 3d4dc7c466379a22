import { z } from "zod"
import { pageFields } from "../../utils/paging"

/** GET /admin/counter-sales */
export const counterSalesQuerySchema = z.object({
  point_of_sale_id: z.string().trim().min(1).max(100).optional(),
  register_session_id: z.string().trim().min(1).max(100).optional(),
  flagged: z.enum(["true", "false"], { error: "invalid_value" }).optional(),
  ...pageFields(["created_at", "total"], "-created_at"),
})

/** POST /admin/counter-sales/:id/email-receipt */
export const emailReceiptSchema = z.strictObject({
  email: z
    .preprocess(
      (v) => (typeof v === "string" ? v.trim().toLowerCase() : v),
      z.email({ error: "invalid_email" }).max(254, "too_long"),
    )
    .optional(),
})

/** POST /admin/counter-sales/:id/resolve-flag */
export const resolveFlagSchema = z.strictObject({ note: z.string().trim().min(2, "too_short").max(1000, "too_long") })
