import type { ProducerProductChange, ProducerProductInput } from "@ocop/domain"
import { PRODUCT_FIELD_NAMES, type ProductChanges, type ProductFields, type VariantFields } from "./types"

const NULLABLE_TEXTS = ["title_en", "description", "description_en"] as const

/** A variant with every key present, in one order, so that two variants compare by value. */
export function canonicalVariant(v: Partial<VariantFields> & { title: string; price_vnd: number }): VariantFields {
  return {
    ...(v.id ? { id: v.id } : {}),
    title: v.title,
    sku: v.sku ?? null,
    price_vnd: v.price_vnd,
    price_usd: v.price_usd ?? null,
  }
}

/** A validated producer body as review changes: blank optional texts and prices become null. */
export function changesOf(body: ProducerProductInput | ProducerProductChange): ProductChanges {
  const source = body as Record<string, unknown>
  const changes: Record<string, unknown> = {}
  for (const key of PRODUCT_FIELD_NAMES) {
    if (source[key] === undefined) continue
    if (key === "variants") changes.variants = (body.variants ?? []).map((v) => canonicalVariant(v))
    else if ((NULLABLE_TEXTS as readonly string[]).includes(key)) changes[key] = source[key] ?? null
    else changes[key] = source[key]
  }
  return changes as ProductChanges
}

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/**
 * The fields of `changes` that differ from `live`. Reviewers judge only what would change, and a
 * change that restores the live value leaves nothing to review.
 */
export function differingFields(live: Partial<ProductFields>, changes: ProductChanges): ProductChanges {
  const result: Record<string, unknown> = {}
  for (const key of PRODUCT_FIELD_NAMES) {
    if (changes[key] === undefined) continue
    const before = key === "variants" ? live.variants?.map((v) => canonicalVariant(v)) : live[key]
    if (!sameValue(before, changes[key])) result[key] = changes[key]
  }
  return result as ProductChanges
}

/** The live values of the fields a review changes: the "before" next to the review's "after". */
export function currentValues(live: Partial<ProductFields>, changes: ProductChanges): ProductChanges {
  const result: Record<string, unknown> = {}
  for (const key of PRODUCT_FIELD_NAMES) {
    if (changes[key] !== undefined)
      result[key] = key === "variants" ? (live.variants?.map((v) => canonicalVariant(v)) ?? []) : (live[key] ?? null)
  }
  return result as ProductChanges
}
