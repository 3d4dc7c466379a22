/**
 * Shapes shared by the backend store API and the storefront: the catalogue query and its responses.
 * Dates in responses are ISO strings ("yyyy-mm-dd" for certificate days, full ISO for created_at).
 */
import { z } from "zod"
import type { CertificateStatus } from "./certificate"
import type { DistrictCode } from "./places"
import type { ProducerKind } from "./producer-kinds"
import type { ProductGroupCode } from "./product-groups"
import {
  blankToUndefined,
  districtSchema,
  handleSchema,
  integerText,
  productGroupSchema,
  starLevelSchema,
  vndAmountSchema,
  whenFieldsValid,
} from "./schemas"
import type { CertifiedStarLevel, IssuingLevel } from "./stars"

/** Sort orders of the catalogue. */
export const CATALOGUE_SORTS = ["newest", "price_asc", "price_desc", "stars"] as const

/** Currencies a catalogue card's price can be shown in: the two regions'. */
export const CATALOGUE_CURRENCIES = ["vnd", "usd"] as const

/** A catalogue sort order. */
export type CatalogueSort = (typeof CATALOGUE_SORTS)[number]

/** Page size when the query gives none. */
export const CATALOGUE_DEFAULT_LIMIT = 24

/** Largest page the catalogue serves. */
export const CATALOGUE_MAX_LIMIT = 100

/** "4", "3,4", ["3","4"] or [3, 4] → the list of parts; blank → undefined. */
function splitList(value: unknown): unknown {
  if (value === undefined || value === null) return undefined
  const parts = (Array.isArray(value) ? value : [value])
    .flatMap((part) => (typeof part === "string" ? part.split(",") : [part]))
    .map((part) => (typeof part === "string" ? part.trim() : part))
    .filter((part) => part !== "")
  return parts.length > 0 ? parts : undefined
}

/** Optional query parameter: an empty "?group=" is read as absent. */
function optionalParam<T extends z.ZodType>(schema: T) {
  return z.preprocess(blankToUndefined, schema.optional())
}

const pageNumber = (min: number, max: number, fallback: number) =>
  z.preprocess(
    (value) => integerText(blankToUndefined(value)),
    z
      .number({ error: "invalid_value" })
      .int("invalid_value")
      .min(min, "invalid_value")
      .max(max, "invalid_value")
      .default(fallback),
  )

/**
 * The catalogue's query string. Unknown keys (page, lang, …) are stripped, not rejected, because
 * links and trackers add their own. stars becomes a sorted, de-duplicated list of 3|4|5.
 */
export const catalogueQuerySchema = z
  .object({
    stars: z.preprocess(
      splitList,
      z
        .array(starLevelSchema)
        .optional()
        .transform((stars) => (stars ? [...new Set(stars)].sort((a, b) => a - b) : undefined)),
    ),
    group: optionalParam(productGroupSchema),
    district: optionalParam(districtSchema),
    producer: optionalParam(handleSchema),
    price_min: optionalParam(vndAmountSchema),
    price_max: optionalParam(vndAmountSchema),
    q: optionalParam(
      z
        .string({ error: "invalid_type" })
        .trim()
        .max(100, "too_long")
        .transform((q) => q || undefined),
    ),
    sort: z.preprocess(blankToUndefined, z.enum(CATALOGUE_SORTS, { error: "invalid_value" }).default("newest")),
    // Which minimum price each card carries and price_min/price_max/price sorts use (whole units of it).
    // Absent means vnd.
    currency_code: optionalParam(z.enum(CATALOGUE_CURRENCIES, { error: "invalid_value" })),
    limit: pageNumber(1, CATALOGUE_MAX_LIMIT, CATALOGUE_DEFAULT_LIMIT),
    offset: pageNumber(0, Number.MAX_SAFE_INTEGER, 0),
  })
  .refine(
    (query) => query.price_min === undefined || query.price_max === undefined || query.price_min <= query.price_max,
    {
      error: "price_range_inverted",
      path: ["price_max"],
      when: whenFieldsValid("price_min", "price_max"),
    },
  )

/** A parsed catalogue query. */
export type CatalogueQuery = z.infer<typeof catalogueQuerySchema>

/** What the storefront may send as a catalogue query. */
export type CatalogueQueryInput = z.input<typeof catalogueQuerySchema>

/** A certificate as the store API shows it. */
export interface CertificateSummary {
  id: string
  certificate_number: string
  star_level: CertifiedStarLevel
  score: number
  decision_number: string
  decision_date: string
  issuing_level: IssuingLevel
  valid_from: string
  valid_until: string
  status: CertificateStatus
  revoked_at: string | null
  revocation_reason: string | null
}

/** A producer as shown on product cards. */
export interface ProducerSummary {
  id: string
  handle: string
  name: string
  kind: ProducerKind
  district: DistrictCode
  commune: string | null
  logo_url: string | null
}

/** A producer's public page. */
export interface ProducerProfile extends ProducerSummary {
  representative: string | null
  phone: string | null
  email: string | null
  address: string | null
  story_vi: string | null
  story_en: string | null
  photos: string[]
  product_count: number
}

/** A price in the main unit of its currency (Medusa v2 convention; VND in whole đồng). */
export interface Price {
  amount: number
  currency_code: string
}

/** A product card in the catalogue. certificate is the one in force, or null (no badge). */
export interface CatalogueProduct {
  id: string
  handle: string
  title: string
  title_en: string | null
  subtitle: string | null
  thumbnail: string | null
  product_group: ProductGroupCode
  origin_district: DistrictCode
  price: Price | null
  certificate: CertificateSummary | null
  producer: ProducerSummary
  created_at: string
}

/** A purchasable variant of a product. */
export interface CatalogueVariant {
  id: string
  title: string
  sku: string | null
  price: Price | null
  in_stock: boolean
  inventory_quantity: number | null
}

/** A product page: the card plus description, images, variants and certificate history. */
export interface CatalogueProductDetail extends CatalogueProduct {
  description: string | null
  description_en: string | null
  images: { id: string; url: string }[]
  variants: CatalogueVariant[]
  certificates: CertificateSummary[]
  is_purchasable: boolean
}

/** A page of the catalogue. */
export interface CatalogueListResponse {
  products: CatalogueProduct[]
  count: number
  limit: number
  offset: number
}

/** Product counts per filter value, for the catalogue's filter panel. */
export interface CatalogueFacets {
  stars: Record<"3" | "4" | "5", number>
  groups: Record<ProductGroupCode, number>
  districts: Record<DistrictCode, number>
}

/** A page of producers. */
export interface ProducerListResponse {
  producers: ProducerProfile[]
  count: number
  limit: number
  offset: number
}

/** A producer's page with its products. */
export interface ProducerDetailResponse {
  producer: ProducerProfile
  products: CatalogueProduct[]
}

/** Result of a certificate look-up: a certificate status, or 'unknown' when no such number exists. */
export type VerificationStatus = CertificateStatus | "unknown"

/** Public certificate verification by number (the buyer checks the badge). */
export interface CertificateVerification {
  certificate_number: string
  status: VerificationStatus
  certificate: CertificateSummary | null
  product: { id: string; handle: string; title: string; thumbnail: string | null } | null
  producer: ProducerSummary | null
}
