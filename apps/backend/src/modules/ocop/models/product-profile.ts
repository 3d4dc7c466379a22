import { model } from "@medusajs/framework/utils"
import { DISTRICT_CODES, PRODUCT_GROUP_CODES } from "@ocop/domain"

/** The OCOP facts about a Medusa product that the product module has no place for. */
export const ProductProfile = model.define("product_profile", {
  id: model.id({ prefix: "oprof" }).primaryKey(),
  product_id: model.text().unique(),
  product_group: model.enum([...PRODUCT_GROUP_CODES]),
  origin_district: model.enum([...DISTRICT_CODES]),
  title_en: model.text().nullable(),
  description_en: model.text().nullable(),
})
