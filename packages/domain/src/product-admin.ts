/**
 * What the OCOP office edits on a product besides its texts: variants (quy cách) with VND and USD
 * prices, stock per location, images. The rules live here so that the console's forms and the admin
 * API refuse the same things with the same words.
 */
import { z } from "zod"
import { fieldErrors, type DomainLocale, type IssueLike } from "./messages"
import {
  districtSchema,
  handleSchema,
  integerText,
  nullable,
  optionalText,
  productGroupSchema,
  requiredText,
  vndAmountSchema,
} from "./schemas"

/** A variant with this many units or fewer available is "low on stock" in the console's filter. */
export const LOW_STOCK_THRESHOLD = 10

/** Stock filters of the console's product list: some variant has nothing left, or little. */
export const STOCK_FILTERS = ["out", "low"] as const

/** A stock filter of the product list. */
export type StockFilter = (typeof STOCK_FILTERS)[number]

/** Most variants the console may give one product (the producer API allows as many). */
export const MAX_ADMIN_VARIANTS = 20

/** Error codes of product editing and import, translated by productFieldErrors. */
export const PRODUCT_ERROR_MESSAGES = {
  vi: {
    invalid_usd: "Giá USD không hợp lệ: nhập số đô la, tối đa 2 chữ số thập phân (ví dụ 6.40)",
    variant_title_repeated: "Trùng quy cách với một quy cách khác của sản phẩm",
    sku_repeated: "Trùng mã SKU với một quy cách khác",
    sku_taken: "Mã SKU này đã được dùng cho sản phẩm khác",
    handle_taken: "Đường dẫn rút gọn này đã được dùng cho sản phẩm khác",
    unknown_producer: "Không tìm thấy chủ thể (nhập đường dẫn rút gọn hoặc số đăng ký kinh doanh)",
    unknown_variant: "Quy cách này không thuộc sản phẩm",
    last_variant: "Sản phẩm phải còn ít nhất một quy cách",
    too_many_variants: "Sản phẩm có quá nhiều quy cách",
    several_options: "Sản phẩm có nhiều loại tuỳ chọn; hãy sửa quy cách trong Medusa",
    nothing_to_save: "Không có thay đổi nào",
    product_fields_differ:
      "Khác thông tin sản phẩm ở dòng trên có cùng đường dẫn rút gọn (tên, chủ thể, nhóm, huyện phải giống nhau)",
  },
  en: {
    invalid_usd: "Invalid USD price: type dollars with at most 2 decimals (e.g. 6.40)",
    variant_title_repeated: "Same packaging as another variant of the product",
    sku_repeated: "Same SKU as another variant",
    sku_taken: "This SKU is already used by another product",
    handle_taken: "This handle is already used by another product",
    unknown_producer: "No such producer (give its handle or business registration number)",
    unknown_variant: "This variant does not belong to the product",
    last_variant: "A product needs at least one variant",
    too_many_variants: "The product has too many variants",
    several_options: "The product has several option types; edit its variants in Medusa",
    nothing_to_save: "Nothing to save",
    product_fields_differ:
      "Differs from an earlier row with the same handle (title, producer, group and district must match)",
  },
} as const

/** An error code of product editing and import. */
export type ProductErrorCode = keyof (typeof PRODUCT_ERROR_MESSAGES)["vi"]

/** The message of a product error code in the caller's language. */
export function productMessage(code: ProductErrorCode, locale: DomainLocale = "vi"): string {
  return PRODUCT_ERROR_MESSAGES[locale][code]
}

const isProductCode = (message: string): message is ProductErrorCode => message in PRODUCT_ERROR_MESSAGES.vi

/** fieldErrors that also knows this file's codes. */
export function productFieldErrors(
  error: { readonly issues: ReadonlyArray<IssueLike> },
  locale: DomainLocale = "vi",
): Record<string, string> {
  const issues = error.issues.map((issue) =>
    isProductCode(issue.message) ? { ...issue, message: productMessage(issue.message, locale) } : issue,
  )
  return fieldErrors({ issues }, locale)
}

/** A USD price in whole cents, like the producer API's usdCentsSchema, with a message that says how to type it. */
export const usdPriceCentsSchema = z.preprocess(
  integerText,
  z.number({ error: "invalid_usd" }).int("invalid_usd").min(0, "invalid_usd").max(100_000_000, "invalid_usd"),
)

const variantFields = {
  title: requiredText(1, 100),
  sku: optionalText(100),
  price_vnd: vndAmountSchema,
  // null: not sold in the international region.
  price_usd: nullable(usdPriceCentsSchema),
  manage_inventory: z.boolean({ error: "invalid_type" }),
}

/** A new variant; stock is tracked unless said otherwise. */
export const adminVariantCreateSchema = z.strictObject({
  ...variantFields,
  manage_inventory: variantFields.manage_inventory.default(true),
})

/** A change to an existing variant: its id and the fields that change. */
export const adminVariantUpdateSchema = z.strictObject({
  id: requiredText(1, 100),
  ...z.object(variantFields).partial().shape,
})

const folded = (text: string) => text.trim().toLowerCase()

type Ctx = { addIssue: (issue: { code: "custom"; message: string; path: (string | number)[] }) => void }

/** Titles and SKUs must differ between the variants of one request; the repeat carries the error. */
function refuseRepeats(entries: { v: { title?: string; sku?: string | null }; path: (string | number)[] }[], ctx: Ctx) {
  const seen = { title: new Set<string>(), sku: new Set<string>() }
  for (const { v, path } of entries) {
    for (const field of ["title", "sku"] as const) {
      const value = v[field]
      if (!value) continue
      if (seen[field].has(folded(value))) {
        ctx.addIssue({
          code: "custom",
          message: field === "title" ? "variant_title_repeated" : "sku_repeated",
          path: [...path, field],
        })
      }
      seen[field].add(folded(value))
    }
  }
}

/**
 * POST /admin/products/:id/ocop/variants: variants added, changed and removed in one go. Titles
 * and SKUs must differ within the request; the server also checks them against the product.
 */
export const adminVariantsBatchSchema = z
  .strictObject({
    create: z
      .array(adminVariantCreateSchema, { error: "invalid_type" })
      .max(MAX_ADMIN_VARIANTS, "too_many_variants")
      .default([]),
    update: z
      .array(adminVariantUpdateSchema, { error: "invalid_type" })
      .max(MAX_ADMIN_VARIANTS, "too_many_variants")
      .default([]),
    delete: z
      .array(requiredText(1, 100), { error: "invalid_type" })
      .max(MAX_ADMIN_VARIANTS, "too_many_variants")
      .default([]),
  })
  .superRefine((batch, ctx) => {
    if (batch.create.length + batch.update.length + batch.delete.length === 0) {
      ctx.addIssue({ code: "custom", message: "nothing_to_save", path: [] })
    }
    refuseRepeats(
      [
        ...batch.create.map((v, i) => ({ v, path: ["create", i] })),
        ...batch.update.map((v, i) => ({ v, path: ["update", i] })),
      ],
      ctx,
    )
  })

/** The Medusa product texts and status the console edits, and the product's OCOP profile. */
export const ADMIN_PRODUCT_STATUSES = ["draft", "published"] as const

/**
 * POST /admin/ocop-products: a new OCOP product in one request: texts, status, producer and
 * profile, and its variants (at least one) with VND and USD prices.
 */
export const adminProductCreateSchema = z
  .strictObject({
    title: requiredText(1, 300),
    handle: nullable(handleSchema),
    description: optionalText(10000),
    status: z.enum(ADMIN_PRODUCT_STATUSES, { error: "invalid_value" }).default("draft"),
    producer_id: requiredText(1, 100),
    product_group: productGroupSchema,
    origin_district: districtSchema,
    title_en: optionalText(300),
    description_en: optionalText(10000),
    variants: z
      .array(adminVariantCreateSchema, { error: "invalid_type" })
      .min(1, "last_variant")
      .max(MAX_ADMIN_VARIANTS, "too_many_variants"),
  })
  .superRefine((product, ctx) =>
    refuseRepeats(
      product.variants.map((v, i) => ({ v, path: ["variants", i] })),
      ctx,
    ),
  )

/** A validated new OCOP product. */
export type AdminProductCreate = z.infer<typeof adminProductCreateSchema>

/** A validated variant batch. */
export type AdminVariantsBatch = z.infer<typeof adminVariantsBatchSchema>

/** A validated new variant. */
export type AdminVariantCreate = z.infer<typeof adminVariantCreateSchema>

/** Stock of a variant at one location: a whole number of units. */
export const stockQuantitySchema = z.preprocess(
  integerText,
  z.number({ error: "invalid_value" }).int("invalid_value").min(0, "invalid_value").max(1_000_000, "invalid_value"),
)

/** Units a variant can still sell: stocked minus reserved over its levels, never below zero. */
export function availableUnits(
  levels: ReadonlyArray<{ stocked_quantity?: unknown; reserved_quantity?: unknown } | null | undefined>,
): number {
  let total = 0
  for (const level of levels) {
    if (!level) continue
    total += Number(level.stocked_quantity ?? 0) - Number(level.reserved_quantity ?? 0)
  }
  return Math.max(0, total)
}

/** Where a tracked variant stands: nothing left, little left, or enough. */
export function stockStatus(available: number): "out" | "low" | "ok" {
  if (available <= 0) return "out"
  return available <= LOW_STOCK_THRESHOLD ? "low" : "ok"
}

/** The title of the one product option whose values are the variants' packagings ("Gói 500 g"). */
export const PACKAGING_OPTION = "Quy cách"

type RankedVariant = { id: string; variant_rank?: number | null; created_at?: string | Date | null }

/**
 * The order variants are shown and edited in everywhere: the rank the office or producer gave them,
 * then the oldest first, then the id, so two variants created together never swap places.
 */
export function compareVariants(a: RankedVariant, b: RankedVariant): number {
  const time = (v: RankedVariant) => (v.created_at ? new Date(v.created_at).getTime() : 0)
  return (a.variant_rank ?? 0) - (b.variant_rank ?? 0) || time(a) - time(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}
