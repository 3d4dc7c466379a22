import { z } from "zod"
import { pageFields } from "../../utils/paging"

/** GET /producer/products: unknown keys are ignored so that generic list clients can add their own. */
export const producerProductsQuerySchema = z.object({
  q: z.string().trim().max(100, "too_long").optional(),
  ...pageFields(["product_created_at", "title"], "-product_created_at"),
})

export type ProducerProductsQuery = z.infer<typeof producerProductsQuerySchema>
