import { PLACE_KINDS, PLACE_STATUSES } from "@ocop/domain"
import { z } from "zod"
import { idListParam, pageFields } from "../../utils/paging"

/** GET /admin/points-of-sale */
export const adminPlacesQuerySchema = z.object({
  q: z.string().trim().max(100, "too_long").optional(),
  id: idListParam,
  kind: z.enum(PLACE_KINDS, { error: "invalid_value" }).optional(),
  status: z.enum(PLACE_STATUSES, { error: "invalid_value" }).optional(),
  ...pageFields(["name", "code", "created_at"], "name"),
})

/** GET /admin/points-of-sale/:id/stock — `low=true`: only what is at or under the place's threshold. */
export const placeStockQuerySchema = z.object({
  low: z.enum(["true", "false"], { error: "invalid_value" }).optional(),
  q: z.string().trim().max(100, "too_long").optional(),
})

/** GET /admin/points-of-sale/:id/vietqr — a dynamic VietQR for an amount at the counter. */
export const placeVietQrQuerySchema = z.object({
  amount: z.preprocess(
    (v) => (typeof v === "string" && /^\d+$/.test(v) ? Number(v) : v),
    z.number({ error: "not_whole_dong" }).int("not_whole_dong").min(1, "not_whole_dong").max(10_000_000_000),
  ),
  note: z
    .string()
    .trim()
    .min(1, "required")
    .max(25, "too_long")
    .regex(/^[A-Za-z0-9 -]+$/, "invalid_value"),
})

/** GET /admin/points-of-sale/:id/day-report — a Vietnam calendar day, today when omitted. */
export const dayReportQuerySchema = z.object({
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "invalid_date")
    .optional(),
  format: z.enum(["json", "pdf"], { error: "invalid_value" }).default("json"),
})

/** POST /admin/points-of-sale/:id/registers */
export const createRegisterSchema = z.strictObject({ name: z.string().trim().min(1, "required").max(60, "too_long") })
