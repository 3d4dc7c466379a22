import type { DistrictCode, ProductGroupCode, ProductReviewKind } from "@ocop/domain"

/** A variant as producers see and send it: prices in whole dong and US cents. */
export type VariantFields = {
  id?: string
  title: string
  sku: string | null
  price_vnd: number
  price_usd: number | null
}

/** The fields of a product that a producer edits; all of them are seen by buyers. */
export type ProductFields = {
  title: string
  title_en: string | null
  description: string | null
  description_en: string | null
  product_group: ProductGroupCode
  origin_district: DistrictCode
  images: string[]
  variants: VariantFields[]
}

/** What a review carries: some or all of the product's fields (all of them for a new product). */
export type ProductChanges = Partial<ProductFields>

export const PRODUCT_FIELD_NAMES = [
  "title",
  "title_en",
  "description",
  "description_en",
  "product_group",
  "origin_district",
  "images",
  "variants",
] as const satisfies readonly (keyof ProductFields)[]

/** A product review as the module stores it. */
export type ProductReviewRecord = {
  id: string
  product_id: string
  producer_id: string
  kind: ProductReviewKind
  status: "pending" | "approved" | "rejected"
  changes: ProductChanges
  comment: string | null
  submitted_by: string
  submitted_at: Date | string
  reviewed_by: string | null
  reviewed_at: Date | string | null
}
