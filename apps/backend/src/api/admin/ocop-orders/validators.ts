import {
  DELIVERY_KINDS,
  FULFILLMENT_STATUSES,
  isoDateSchema,
  ORDER_PAYMENT_FILTERS,
  ORDER_STATUSES,
  PAYMENT_METHODS,
  POINT_OF_SALE_DISTRICTS,
  requiredText,
  urlSchema,
} from "@ocop/domain"
import { z } from "zod"
import { idListParam, pageFields } from "../../utils/paging"

const keys = <T extends object>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]]

/** GET /admin/ocop-orders. Days are Vietnam calendar days; unknown keys are ignored. */
export const adminOcopOrdersQuerySchema = z
  .object({
    id: idListParam,
    q: z.string().trim().max(100, "too_long").optional(),
    status: z.enum(ORDER_STATUSES, { error: "invalid_value" }).optional(),
    payment_status: z.enum(keys(ORDER_PAYMENT_FILTERS), { error: "invalid_value" }).optional(),
    payment_method: z.enum(PAYMENT_METHODS, { error: "invalid_payment_method" }).optional(),
    fulfillment_status: z.enum(FULFILLMENT_STATUSES, { error: "invalid_value" }).optional(),
    delivery: z.enum(DELIVERY_KINDS, { error: "invalid_value" }).optional(),
    pickup_point: z.enum(POINT_OF_SALE_DISTRICTS, { error: "invalid_value" }).optional(),
    created_from: isoDateSchema.optional(),
    created_to: isoDateSchema.optional(),
    ...pageFields(["created_at", "display_id", "total"], "-created_at"),
  })
  .refine((q) => !q.created_from || !q.created_to || q.created_from <= q.created_to, {
    path: ["created_to"],
    message: "invalid_date",
  })

export type AdminOcopOrdersQuery = z.infer<typeof adminOcopOrdersQuerySchema>

/** Actions that take no input. */
export const emptyBodySchema = z.strictObject({})

/** POST /admin/ocop-orders/:id/ship: the carrier's tracking number, and its tracking page if any. */
export const shipOrderSchema = z.strictObject({
  tracking_number: requiredText(3, 100),
  tracking_url: z.preprocess((v) => (v === "" ? undefined : v), urlSchema.optional()),
})

export type ShipOrderBody = z.infer<typeof shipOrderSchema>

/** POST /admin/ocop-orders/:id/cancel: why, in a few words at least. */
export const cancelOrderSchema = z.strictObject({
  reason: requiredText(3, 500),
})

export type CancelOrderBody = z.infer<typeof cancelOrderSchema>
