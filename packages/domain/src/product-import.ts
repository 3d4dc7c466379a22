/**
 * Products imported from the office's spreadsheet: one row per variant (quy cách); rows that share
 * a handle are one product. The console checks the file with these schemas before anything is sent,
 * and POST /admin/ocop-products/import checks the same rows again.
 */
import { z } from "zod"
import { tryParseVnd } from "./money"
import { ORIGIN_DISTRICTS, type DistrictCode } from "./places"
import { MAX_ADMIN_VARIANTS, usdPriceCentsSchema, type ProductErrorCode } from "./product-admin"
import { PRODUCT_GROUPS, type ProductGroupCode } from "./product-groups"
import {
  districtSchema,
  handleSchema,
  nullable,
  optionalText,
  productGroupSchema,
  requiredText,
  vndAmountSchema,
} from "./schemas"
import { foldVietnamese } from "./search-fold"
import { tryParseUsdCents } from "./usd-cents"

/** Columns of the import file, in the order of the sample file. */
export const PRODUCT_IMPORT_COLUMNS = [
  "handle",
  "title",
  "title_en",
  "description",
  "description_en",
  "producer",
  "group",
  "district",
  "variant_title",
  "sku",
  "price_vnd",
  "price_usd",
] as const

/** Most rows one import may carry: the whole province's catalogue several times over. */
export const MAX_IMPORT_ROWS = 2000

/** Columns that describe the product, so rows of one product must agree on them. */
const PRODUCT_COLUMNS = ["title", "title_en", "description", "description_en", "producer", "group", "district"] as const

/**
 * One row as the API takes it: prices in whole đồng and US cents, group and district as codes,
 * the producer by handle or business registration number.
 */
export const productImportRowSchema = z.strictObject({
  handle: handleSchema,
  title: requiredText(1, 300),
  title_en: optionalText(300),
  description: optionalText(10000),
  description_en: optionalText(10000),
  producer: requiredText(1, 100),
  group: productGroupSchema,
  district: districtSchema,
  variant_title: requiredText(1, 100),
  sku: optionalText(100),
  price_vnd: vndAmountSchema,
  price_usd: nullable(usdPriceCentsSchema),
})

/** A validated import row. */
export type ProductImportRow = z.infer<typeof productImportRowSchema>

/** A problem that involves several rows, reported on the later row. */
export interface CrossRowIssue {
  index: number
  field: string
  code: ProductErrorCode
}

const same = (a: unknown, b: unknown) => (a ?? null) === (b ?? null)
const key = (text: string) => foldVietnamese(text)

/**
 * Rows of one product must agree on the product's columns; a product's variants need distinct
 * titles; SKUs are unique in the file. Rows that failed their own check (undefined) are skipped.
 */
export function crossRowIssues(rows: ReadonlyArray<ProductImportRow | undefined>): CrossRowIssue[] {
  const issues: CrossRowIssue[] = []
  const firstOf = new Map<string, ProductImportRow>()
  const titles = new Map<string, Set<string>>()
  const skus = new Set<string>()
  rows.forEach((row, index) => {
    if (!row) return
    const first = firstOf.get(row.handle)
    if (first) {
      const differs = PRODUCT_COLUMNS.find((column) => !same(row[column], first[column]))
      if (differs) issues.push({ index, field: differs, code: "product_fields_differ" })
    } else {
      firstOf.set(row.handle, row)
      titles.set(row.handle, new Set())
    }
    const productTitles = titles.get(row.handle)!
    if (productTitles.has(key(row.variant_title)))
      issues.push({ index, field: "variant_title", code: "variant_title_repeated" })
    else if (productTitles.size >= MAX_ADMIN_VARIANTS)
      issues.push({ index, field: "variant_title", code: "too_many_variants" })
    productTitles.add(key(row.variant_title))
    if (row.sku) {
      if (skus.has(key(row.sku))) issues.push({ index, field: "sku", code: "sku_repeated" })
      skus.add(key(row.sku))
    }
  })
  return issues
}

/** POST /admin/ocop-products/import: every row, and whether only to check them (dry_run). */
export const productImportSchema = z
  .strictObject({
    rows: z
      .array(productImportRowSchema, { error: "invalid_type" })
      .min(1, "required")
      .max(MAX_IMPORT_ROWS, "too_long"),
    dry_run: z.boolean({ error: "invalid_type" }).default(false),
  })
  .superRefine((body, ctx) => {
    for (const issue of crossRowIssues(body.rows)) {
      ctx.addIssue({ code: "custom", message: issue.code, path: ["rows", issue.index, issue.field] })
    }
  })

/** A validated import request. */
export type ProductImportBody = z.infer<typeof productImportSchema>

/** An imported product: the shared columns of its rows, and one variant per row. */
export interface ImportedProduct {
  handle: string
  title: string
  title_en: string | null
  description: string | null
  description_en: string | null
  producer: string
  group: ProductGroupCode
  district: DistrictCode
  variants: { title: string; sku: string | null; price_vnd: number; price_usd: number | null; row: number }[]
}

/** Groups validated rows into products, in the order their handles first appear. */
export function groupImportRows(rows: ReadonlyArray<ProductImportRow>): ImportedProduct[] {
  const byHandle = new Map<string, ImportedProduct>()
  rows.forEach((row, index) => {
    let product = byHandle.get(row.handle)
    if (!product) {
      product = {
        handle: row.handle,
        title: row.title,
        title_en: row.title_en ?? null,
        description: row.description ?? null,
        description_en: row.description_en ?? null,
        producer: row.producer,
        group: row.group,
        district: row.district,
        variants: [],
      }
      byHandle.set(row.handle, product)
    }
    product.variants.push({
      title: row.variant_title,
      sku: row.sku ?? null,
      price_vnd: row.price_vnd,
      price_usd: row.price_usd ?? null,
      row: index,
    })
  })
  return [...byHandle.values()]
}

// Short forms people write for a district: "Bắc Hà", "Huyện Bắc Hà", "bac-ha", "Bac Ha District".
const DISTRICT_PREFIX = /^(huyen|thi xa|thanh pho|tp\.?)\s+/
const DISTRICT_SUFFIX = /\s+(district|town|city)$/

function codeOf<T extends string>(
  text: string,
  list: ReadonlyArray<{ code: T; nameVi: string; nameEn: string }>,
  shorten: (folded: string) => string = (f) => f,
): T | null {
  const wanted = shorten(key(text))
  const match = list.find((item) =>
    [item.code, item.nameVi, item.nameEn].some((name) => shorten(key(name)) === wanted || key(name) === key(text)),
  )
  return match?.code ?? null
}

/** A product group code from its code or its Vietnamese or English name; null when unknown. */
export function productGroupFromText(text: string): ProductGroupCode | null {
  return codeOf(text, PRODUCT_GROUPS)
}

/** A district code from its code or name, with or without "Huyện"/"Thị xã"/"Thành phố"; null when unknown. */
export function districtFromText(text: string): DistrictCode | null {
  return codeOf(text, ORIGIN_DISTRICTS, (f) =>
    f.replace(DISTRICT_PREFIX, "").replace(DISTRICT_SUFFIX, "").replace(/-/g, " "),
  )
}

/**
 * One spreadsheet row as productImportRowSchema takes it: blank cells are "not given", prices typed
 * the Vietnamese way ("150.000 ₫") or in dollars ("6.40") are read, group and district names become
 * codes, other columns are left out. Unreadable values are passed on as typed so that the schema
 * names the problem.
 */
export function importRowFromSheet(raw: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [column, value] of Object.entries(raw)) {
    const name = column.trim().toLowerCase()
    const text = value === null || value === undefined ? "" : String(value).trim()
    // Other columns (an export's star level or stock, notes) are not the import's business.
    if (!(PRODUCT_IMPORT_COLUMNS as readonly string[]).includes(name) || text === "") continue
    if (name === "price_vnd") out[name] = tryParseVnd(text) ?? text
    else if (name === "price_usd") out[name] = tryParseUsdCents(text) ?? text
    else if (name === "group") out[name] = productGroupFromText(text) ?? text
    else if (name === "district") out[name] = districtFromText(text) ?? text
    else out[name] = text
  }
  return out
}
