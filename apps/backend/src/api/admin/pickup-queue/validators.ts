import { z } from "zod"
import { PICKUP_STATES } from "./queue-list"

/** GET /admin/pickup-queue */
export const pickupQueueQuerySchema = z.object({
  point_of_sale_id: z.string({ error: "required" }).trim().min(1, "required").max(100),
  state: z.enum(PICKUP_STATES, { error: "invalid_value" }).optional(),
  limit: z.preprocess(
    (v) => (typeof v === "string" && /^\d+$/.test(v) ? Number(v) : v),
    z.number().int().min(1).max(200).default(50),
  ),
  offset: z.preprocess(
    (v) => (typeof v === "string" && /^\d+$/.test(v) ? Number(v) : v),
    z.number().int().min(0).default(0),
  ),
})

export const pickupPlaceSchema = z.strictObject({ point_of_sale_id: z.string().trim().min(1, "required").max(100) })

/** POST /admin/pickup-queue/:order_id/ready — `showroom`: the clerk took the units off the place's own shelf. */
export const pickupReadySchema = pickupPlaceSchema.extend({
  source: z.enum(["warehouse", "showroom"], { error: "invalid_value" }).default("warehouse"),
})

/** POST /admin/pickup-queue/:order_id/hand-over */
export const pickupHandOverSchema = pickupPlaceSchema.extend({
  pickup_code: z.string({ error: "required" }).trim().min(4, "required").max(20, "too_long"),
  register_session_id: z.string().trim().min(1).max(100).nullish(),
})
