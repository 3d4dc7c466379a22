import { districtSchema, optionalText, productGroupSchema, requiredText } from "@ocop/domain"
import { z } from "zod"

/** POST /admin/products/:id/ocop — the product's producer and OCOP facts. */
export const productOcopSchema = z.strictObject({
  producer_id: requiredText(1, 100),
  product_group: productGroupSchema,
  origin_district: districtSchema,
  title_en: optionalText(300),
  description_en: optionalText(10000),
})

export type ProductOcopBody = z.infer<typeof productOcopSchema>
