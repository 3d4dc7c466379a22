import type { ProductReviewKind, ProductReviewStatus } from "@ocop/domain"
import type { Identifier, RaRecord } from "react-admin"

/**
 * A producer's product as the console holds it. The API speaks `ProducerProduct` (docs/producer-api.md):
 * live texts, prices (`price_vnd` in đồng, `price_usd` in US cents) and stock, plus the latest review.
 * Pictures become react-admin's `{ src, title }` so image inputs can preview them; new files picked
 * in a form carry `rawFile` until they are uploaded.
 */
export interface ImageValue {
  src: string
  title?: string
  rawFile?: File
}

export interface ProducerVariant {
  id?: string
  title: string
  sku?: string | null
  price_vnd: number | null
  price_usd: number | null
  stock?: number | null
}

export interface ProductReviewState {
  id: string
  kind: ProductReviewKind
  status: ProductReviewStatus
  comment: string | null
  submitted_at: string | null
  reviewed_at: string | null
  changes: Record<string, unknown> | null
}

export interface ProducerProductRecord extends RaRecord {
  title: string
  title_en: string | null
  description: string | null
  description_en: string | null
  product_group: string | null
  origin_district: string | null
  status: "draft" | "published"
  thumbnail: string | null
  images: ImageValue[]
  star_level: number | null
  certificate_status: string | null
  variants: ProducerVariant[]
  review: ProductReviewState | null
  /** Lowest live VND price, for the list. */
  min_price_vnd: number | null
}

/** The fields a producer sends for a listing; everything else (status, stars) is the office's. */
export const LISTING_FIELDS = [
  "title",
  "title_en",
  "description",
  "description_en",
  "product_group",
  "origin_district",
] as const

/** A picture from the API: a URL, or Medusa's `{ id, url }`. */
export function imageValue(image: unknown): ImageValue | null {
  if (typeof image === "string" && image) return { src: image }
  if (image && typeof image === "object" && typeof (image as { url?: unknown }).url === "string") {
    return { src: (image as { url: string }).url }
  }
  return null
}

export const imageValues = (images: unknown): ImageValue[] =>
  Array.isArray(images) ? images.map(imageValue).filter((i): i is ImageValue => i !== null) : []

const numberOrNull = (value: unknown) => (typeof value === "number" && Number.isFinite(value) ? value : null)

function variantsOf(value: unknown): ProducerVariant[] {
  if (!Array.isArray(value)) return []
  return value.map((v: Record<string, unknown>) => ({
    id: typeof v.id === "string" ? v.id : undefined,
    title: String(v.title ?? ""),
    sku: typeof v.sku === "string" ? v.sku : null,
    price_vnd: numberOrNull(v.price_vnd),
    price_usd: numberOrNull(v.price_usd),
    stock: numberOrNull(v.stock),
  }))
}

/** The API's product as a react-admin record: live values and the latest review as they are. */
export function productRecord(product: Record<string, unknown>): ProducerProductRecord {
  const variants = variantsOf(product.variants)
  const prices = variants.map((v) => v.price_vnd).filter((p): p is number => p !== null)
  const text = (key: string) => (typeof product[key] === "string" ? (product[key] as string) : null)
  return {
    id: product.id as Identifier,
    title: text("title") ?? "",
    title_en: text("title_en"),
    description: text("description"),
    description_en: text("description_en"),
    product_group: text("product_group"),
    origin_district: text("origin_district"),
    status: product.status === "published" ? "published" : "draft",
    thumbnail: text("thumbnail"),
    images: imageValues(product.images),
    star_level: numberOrNull(product.star_level),
    certificate_status: text("certificate_status"),
    variants,
    review: (product.review as ProductReviewState | null | undefined) ?? null,
    min_price_vnd: prices.length ? Math.min(...prices) : null,
  }
}

/**
 * What the edit form starts from: while a change waits for review, the producer's submitted version
 * (a second change replaces the pending one, so it must build on it, not on the live product).
 */
export function withPendingChanges(record: ProducerProductRecord): ProducerProductRecord {
  const changes = record.review?.status === "pending" ? record.review.changes : null
  if (!changes) return record
  const merged: ProducerProductRecord = { ...record }
  for (const key of LISTING_FIELDS) {
    if (key in changes) (merged as Record<string, unknown>)[key] = changes[key] ?? null
  }
  if ("images" in changes) merged.images = imageValues(changes.images)
  if ("variants" in changes) {
    // Pending prices and names over the live variants; stock is always the live one.
    const stock = new Map(record.variants.map((v) => [v.id, v.stock]))
    merged.variants = variantsOf(changes.variants).map((v) => ({
      ...v,
      stock: v.id ? (stock.get(v.id) ?? null) : null,
    }))
  }
  return merged
}

const blankToNull = (value: unknown) => (typeof value === "string" && value.trim() === "" ? null : (value ?? null))

/**
 * The body of `POST /producer/products(/:id)` from form values, with pictures already uploaded
 * (`urls`). On create, empty optional texts are left out; on update they are sent as null so the
 * producer can clear them.
 */
export function listingBody(data: Record<string, unknown>, urls: string[], isCreate: boolean): Record<string, unknown> {
  const body: Record<string, unknown> = {}
  for (const key of LISTING_FIELDS) {
    const value = blankToNull(data[key])
    if (value !== null || !isCreate) body[key] = value
  }
  body.images = urls
  body.variants = ((data.variants as ProducerVariant[] | undefined) ?? []).map((v) => {
    const sku = blankToNull(v.sku)
    return {
      ...(v.id ? { id: v.id } : {}),
      title: String(v.title ?? "").trim(),
      ...(sku !== null ? { sku } : {}),
      price_vnd: v.price_vnd,
      price_usd: v.price_usd,
    }
  })
  return body
}
