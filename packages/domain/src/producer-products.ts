/**
 * Producers' own listings (issue #7): what a producer may send about its products, and the review
 * that stands between a producer's change and what buyers see (decision 010).
 */
import { z } from "zod"
import {
  districtSchema,
  integerText,
  nullable,
  optionalText,
  productGroupSchema,
  requiredText,
  urlSchema,
  vndAmountSchema,
} from "./schemas"

/** create: a new product waiting to be published; update: a change to a listed product. */
export const PRODUCT_REVIEW_KINDS = ["create", "update"] as const

/** A review waits (pending) until an OCOP office member approves or rejects it. */
export const PRODUCT_REVIEW_STATUSES = ["pending", "approved", "rejected"] as const

/** Kind of a product review. */
export type ProductReviewKind = (typeof PRODUCT_REVIEW_KINDS)[number]

/** Status of a product review. */
export type ProductReviewStatus = (typeof PRODUCT_REVIEW_STATUSES)[number]

/** Largest image a producer may upload, in bytes (5 MB: a phone photo, not a raw camera file). */
export const PRODUCT_IMAGE_MAX_BYTES = 5 * 1024 * 1024

/** Image types a producer may upload; SVG is left out because it can carry scripts. */
export const PRODUCT_IMAGE_TYPES = ["image/jpeg", "image/png", "image/webp", "image/gif"] as const

/** Most variants (packaging sizes) one product may have. */
export const MAX_PRODUCT_VARIANTS = 20

/** Most images one product may have; the first is the thumbnail. */
export const MAX_PRODUCT_IMAGES = 12

/** Largest stock a producer may declare for one variant. */
export const MAX_STOCK_QUANTITY = 1_000_000

/** US cents (the international region's price): whole, non-negative; digit strings accepted. */
export const usdCentsSchema = z.preprocess(
  integerText,
  z.number({ error: "invalid_value" }).int("invalid_value").min(0, "invalid_value").max(100_000_000, "invalid_value"),
)

const variantFields = {
  title: requiredText(1, 100),
  sku: optionalText(100),
  price_vnd: vndAmountSchema,
  // Without a USD price the variant is not sold in the international region.
  price_usd: nullable(usdCentsSchema),
}

/** A variant of a new product. */
export const producerVariantInputSchema = z.strictObject(variantFields)

/** A variant in a change: with the id of an existing variant, or without one for a new variant. */
export const producerVariantChangeSchema = z.strictObject({
  id: z.string({ error: "invalid_type" }).trim().min(1, "required").max(100, "too_long").optional(),
  ...variantFields,
})

const folded = (text: string) => text.trim().toLowerCase()

/** Titles and SKUs must differ between the variants of one product; returns the index of each repeat. */
function repeats(values: (string | null | undefined)[]): number[] {
  const seen = new Set<string>()
  const found: number[] = []
  values.forEach((value, index) => {
    if (!value) return
    const key = folded(value)
    if (seen.has(key)) found.push(index)
    seen.add(key)
  })
  return found
}

type VariantLike = { id?: string; title: string; sku?: string | null }

/** Reports a repeated title, SKU or id on the variant that repeats it. */
function checkVariants(variants: VariantLike[] | undefined, ctx: z.RefinementCtx) {
  if (!variants) return
  for (const index of repeats(variants.map((v) => v.title))) {
    ctx.addIssue({ code: "custom", message: "invalid_value", path: ["variants", index, "title"] })
  }
  for (const index of repeats(variants.map((v) => v.sku))) {
    ctx.addIssue({ code: "custom", message: "invalid_value", path: ["variants", index, "sku"] })
  }
  for (const index of repeats(variants.map((v) => v.id))) {
    ctx.addIssue({ code: "custom", message: "invalid_value", path: ["variants", index, "id"] })
  }
}

const productFields = {
  title: requiredText(1, 300),
  title_en: optionalText(300),
  description: optionalText(10000),
  description_en: optionalText(10000),
  product_group: productGroupSchema,
  origin_district: districtSchema,
  images: z.array(urlSchema, { error: "invalid_type" }).max(MAX_PRODUCT_IMAGES, "too_long"),
}

/** POST /producer/products: a new product, submitted for review. */
export const producerProductInputSchema = z
  .strictObject({
    ...productFields,
    images: productFields.images.default([]),
    variants: z
      .array(producerVariantInputSchema, { error: "invalid_type" })
      .min(1, "required")
      .max(MAX_PRODUCT_VARIANTS, "too_long"),
  })
  .superRefine((product, ctx) => checkVariants(product.variants, ctx))

/**
 * POST /producer/products/:id: any subset of the fields, at least one. `variants`, when sent, is the
 * complete list: variants with an id are kept (and changed), those without are added, and existing
 * variants left out are removed once the change is approved.
 */
export const producerProductChangeSchema = z
  .strictObject({
    ...productFields,
    variants: z
      .array(producerVariantChangeSchema, { error: "invalid_type" })
      .min(1, "required")
      .max(MAX_PRODUCT_VARIANTS, "too_long"),
  })
  .partial()
  .superRefine((change, ctx) => {
    if (Object.keys(change).length === 0) ctx.addIssue({ code: "custom", message: "required", path: [] })
    checkVariants(change.variants, ctx)
  })

/** POST /producer/products/:id/stock: stock of one variant at the producer's own location. */
export const producerStockSchema = z.strictObject({
  variant_id: requiredText(1, 100),
  quantity: z.preprocess(
    integerText,
    z
      .number({ error: "invalid_value" })
      .int("invalid_value")
      .min(0, "invalid_value")
      .max(MAX_STOCK_QUANTITY, "invalid_value"),
  ),
})

/** POST /admin/product-reviews/:id/approve: an optional note for the producer. */
export const productReviewApprovalSchema = z.strictObject({ comment: optionalText(2000) })

/** POST /admin/product-reviews/:id/reject: the producer must be told why. */
export const productReviewRejectionSchema = z.strictObject({ comment: requiredText(3, 2000) })

/** Validated new product. */
export type ProducerProductInput = z.infer<typeof producerProductInputSchema>

/** Validated change to a product. */
export type ProducerProductChange = z.infer<typeof producerProductChangeSchema>

/** Validated stock declaration. */
export type ProducerStockInput = z.infer<typeof producerStockSchema>
