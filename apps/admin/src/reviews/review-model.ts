import type { ChipProps } from "@mui/material"
import type { ProductReviewStatus } from "@ocop/domain"
import { imageValues, LISTING_FIELDS } from "../providers/producer-products"

/** Shared by the staff queue and the producer's own products, so a status reads the same to both. */
export const REVIEW_STATUS_COLORS: Record<ProductReviewStatus, ChipProps["color"]> = {
  pending: "warning",
  approved: "success",
  rejected: "error",
}

export const REVIEW_KIND_COLORS: Record<string, ChipProps["color"]> = {
  create: "info",
  update: "default",
}

/** The order fields are shown in, before/after: what buyers notice first comes first. */
export const FIELD_ORDER = [...LISTING_FIELDS, "images", "variants"] as const

/** A changed field, with the live value (`before`) and the producer's (`after`). */
export interface FieldChange {
  field: string
  before: unknown
  after: unknown
}

const same = (a: unknown, b: unknown) =>
  (a ?? null) === (b ?? null) || JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/**
 * The fields a review changes, in display order (known fields first, any others after). A field
 * the producer sent unchanged is left out, so the reviewer reads only what would change.
 */
export function fieldChanges(
  changes: Record<string, unknown> | null | undefined,
  current: Record<string, unknown> | null | undefined,
): FieldChange[] {
  if (!changes) return []
  const known = FIELD_ORDER.filter((f) => f in changes)
  const others = Object.keys(changes).filter((f) => !(FIELD_ORDER as readonly string[]).includes(f))
  return [...known, ...others]
    .map((field) => ({ field, before: current?.[field] ?? null, after: changes[field] ?? null }))
    .filter((c) => !current || !same(c.before, c.after))
}

/** A variant as a review carries it; prices in whole đồng and in US cents. */
export interface ReviewVariant {
  id?: string
  title?: string
  sku?: string | null
  price_vnd?: number | null
  price_usd?: number | null
}

/** Image URLs from a review's value (URLs or `{ url }` objects). */
export function imageUrls(value: unknown): string[] {
  return imageValues(value)
    .map((i) => i.src)
    .filter((u) => u !== "")
}
