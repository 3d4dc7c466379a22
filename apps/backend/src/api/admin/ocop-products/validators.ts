import { DISTRICT_CODES, PRODUCT_GROUP_CODES, STOCK_FILTERS } from "@ocop/domain"
import { z } from "zod"
import { pageFields } from "../../utils/paging"

const flag = z.enum(["true", "false"], { error: "invalid_value" }).transform((v) => v === "true")

/** GET /admin/ocop-products: unknown keys are ignored so that generic list clients can add their own. */
export const adminOcopProductsQuerySchema = z.object({
  q: z.string().trim().max(100, "too_long").optional(),
  producer_id: z.string().trim().max(100, "too_long").optional(),
  product_group: z.enum(PRODUCT_GROUP_CODES, { error: "invalid_product_group" }).optional(),
  origin_district: z.enum(DISTRICT_CODES, { error: "invalid_district" }).optional(),
  // in_force: a certificate in force today; none: never certified, expired or revoked.
  certificate_status: z.enum(["in_force", "none"], { error: "invalid_value" }).optional(),
  star_level: z.coerce
    .number({ error: "invalid_value" })
    .int()
    .min(3, "invalid_value")
    .max(5, "invalid_value")
    .optional(),
  published: flag.optional(),
  // out: some tracked variant has nothing left; low: some has 1–LOW_STOCK_THRESHOLD units.
  stock: z.enum(STOCK_FILTERS, { error: "invalid_value" }).optional(),
  ...pageFields(["title", "product_created_at", "star_level", "min_price"], "-product_created_at"),
})

export type AdminOcopProductsQuery = z.infer<typeof adminOcopProductsQuerySchema>
