import { isoDateSchema } from "@ocop/domain"
import { z } from "zod"
import { PRODUCER_ORDER_FILTERS } from "./queries/orders"

const integerParam = (min: number, max: number, fallback: number) =>
  z.preprocess(
    (v) => (typeof v === "string" && /^\s*\d+\s*$/.test(v) ? Number(v) : v === "" ? undefined : v),
    z
      .number({ error: "invalid_value" })
      .int("invalid_value")
      .min(min, "invalid_value")
      .max(max, "invalid_value")
      .default(fallback),
  )

/** GET /producer/orders: newest first; status is an order status or `to_prepare`. */
export const producerOrdersQuerySchema = z.object({
  status: z.enum(PRODUCER_ORDER_FILTERS, { error: "invalid_value" }).optional(),
  limit: integerParam(1, 100, 20),
  offset: integerParam(0, Number.MAX_SAFE_INTEGER, 0),
})

/** GET /producer/sales: Vietnam calendar days, inclusive; both default to the current month. */
export const producerSalesQuerySchema = z
  .object({ from: isoDateSchema.optional(), to: isoDateSchema.optional() })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "invalid_value", path: ["to"] })

export type ProducerOrdersQuery = z.infer<typeof producerOrdersQuerySchema>
export type ProducerSalesQuery = z.infer<typeof producerSalesQuerySchema>
