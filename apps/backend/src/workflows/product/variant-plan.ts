import {
  MAX_ADMIN_VARIANTS,
  PACKAGING_OPTION,
  usdAmountFromCents,
  type AdminVariantsBatch,
  type ProductErrorCode,
} from "@ocop/domain"

type Price = {
  id: string
  currency_code: string
  amount: unknown
  rules_count?: number | null
  price_list_id?: string | null
}

/** What the plan needs to know of the product as it is. */
export type ProductForVariants = {
  id: string
  options: { id: string; title: string; values: { id: string; value: string }[] }[]
  variants: { id: string; title: string; sku: string | null; variant_rank?: number | null; prices: Price[] }[]
}

type MedusaPrice = { id?: string; currency_code?: string; amount?: number }

/** What saveProductVariantsWorkflow does: option values to add first, then Medusa's variant batch. */
export type VariantPlan = {
  product_id: string
  /** Values to add to the product's packaging option, or the option to create when it has none. */
  option: { option_id: string; add: string[] } | { create: { title: string; values: string[] } } | null
  create: {
    product_id: string
    title: string
    sku?: string
    manage_inventory: boolean
    variant_rank: number
    options: Record<string, string>
    prices: { currency_code: string; amount: number }[]
  }[]
  update: {
    id: string
    title?: string
    sku?: string | null
    manage_inventory?: boolean
    options?: Record<string, string>
    prices?: MedusaPrice[]
  }[]
  delete: string[]
}

/** A refusal: field path (as in the request) → error code. */
export type PlanErrors = Record<string, ProductErrorCode>

const folded = (text: string) => text.trim().toLowerCase()
const isBase = (p: Price) => !p.price_list_id && !p.rules_count

/** Prices as Medusa must receive them: the whole price set, so prices we do not manage are kept by id. */
function pricesFor(current: Price[], vnd: number | undefined, usdCents: number | null | undefined): MedusaPrice[] {
  const base = (code: string) => current.find((p) => p.currency_code === code && isBase(p))
  const kept: MedusaPrice[] = current
    .filter((p) => !isBase(p) || !["vnd", "usd"].includes(p.currency_code))
    .map((p) => ({ id: p.id }))
  const oldVnd = base("vnd")
  const oldUsd = base("usd")
  const vndAmount = vnd ?? (oldVnd ? Number(oldVnd.amount) : undefined)
  if (vndAmount !== undefined)
    kept.push({ ...(oldVnd ? { id: oldVnd.id } : {}), currency_code: "vnd", amount: vndAmount })
  // undefined: leave the USD price as it is; null: the variant is no longer sold abroad.
  if (usdCents === undefined && oldUsd) kept.push({ id: oldUsd.id })
  if (typeof usdCents === "number")
    kept.push({ ...(oldUsd ? { id: oldUsd.id } : {}), currency_code: "usd", amount: usdAmountFromCents(usdCents) })
  return kept
}

/**
 * Turns the console's batch into Medusa inputs, or refuses it: ids that are not the product's, a
 * product left without variants or with too many, packaging titles or SKUs that would repeat.
 */
export function planVariantBatch(
  product: ProductForVariants,
  batch: AdminVariantsBatch,
): { plan: VariantPlan } | { errors: PlanErrors } {
  const errors: PlanErrors = {}
  const byId = new Map(product.variants.map((v) => [v.id, v]))
  batch.update.forEach((u, i) => !byId.has(u.id) && (errors[`update.${i}.id`] = "unknown_variant"))
  batch.delete.forEach((id, i) => !byId.has(id) && (errors[`delete.${i}`] = "unknown_variant"))
  const renames = batch.create.length > 0 || batch.update.some((u) => u.title !== undefined)
  if (product.options.length > 1 && renames) errors[""] = "several_options"
  if (Object.keys(errors).length) return { errors }

  // The variants as they will be, each with the request path that would answer for a conflict.
  const removed = new Set(batch.delete)
  const updates = new Map(batch.update.map((u, i) => [u.id, { u, path: `update.${i}` }]))
  const after = [
    ...product.variants
      .filter((v) => !removed.has(v.id))
      .map((v) => {
        const change = updates.get(v.id)
        return {
          title: change?.u.title ?? v.title,
          sku: change?.u.sku !== undefined ? change.u.sku : v.sku,
          path: change?.path,
        }
      }),
    ...batch.create.map((c, i) => ({ title: c.title, sku: c.sku ?? null, path: `create.${i}` })),
  ]
  if (after.length === 0) errors.delete = "last_variant"
  if (after.length > MAX_ADMIN_VARIANTS) errors.create = "too_many_variants"
  for (const field of ["title", "sku"] as const) {
    const seen = new Set<string>()
    // Existing, unchanged variants first, so the conflict is reported on what the request changes.
    for (const v of [...after].sort((a, b) => Number(!!a.path) - Number(!!b.path))) {
      const value = v[field]
      if (!value) continue
      if (seen.has(folded(value)) && v.path)
        errors[`${v.path}.${field}`] = field === "title" ? "variant_title_repeated" : "sku_repeated"
      seen.add(folded(value))
    }
  }
  if (Object.keys(errors).length) return { errors }

  // New variants go after the existing ones, in the order they were sent.
  const nextRank = Math.max(-1, ...product.variants.map((v) => v.variant_rank ?? 0)) + 1
  const option = product.options[0]
  const optionTitle = option?.title ?? PACKAGING_OPTION
  const known = new Set((option?.values ?? []).map((v) => v.value))
  const wanted = [
    ...new Set([...batch.create.map((c) => c.title), ...batch.update.flatMap((u) => (u.title ? [u.title] : []))]),
  ]
  const missing = wanted.filter((title) => !known.has(title))
  return {
    plan: {
      product_id: product.id,
      option: !option
        ? { create: { title: PACKAGING_OPTION, values: wanted } }
        : missing.length
          ? { option_id: option.id, add: missing }
          : null,
      create: batch.create.map((c, i) => ({
        product_id: product.id,
        title: c.title,
        ...(c.sku ? { sku: c.sku } : {}),
        manage_inventory: c.manage_inventory,
        variant_rank: nextRank + i,
        options: { [optionTitle]: c.title },
        prices: [
          { currency_code: "vnd", amount: c.price_vnd },
          ...(c.price_usd == null ? [] : [{ currency_code: "usd", amount: usdAmountFromCents(c.price_usd) }]),
        ],
      })),
      update: batch.update.map((u) => {
        const current = byId.get(u.id)!
        const repriced = u.price_vnd !== undefined || u.price_usd !== undefined
        return {
          id: u.id,
          ...(u.title !== undefined ? { title: u.title, options: { [optionTitle]: u.title } } : {}),
          ...(u.sku !== undefined ? { sku: u.sku } : {}),
          ...(u.manage_inventory !== undefined ? { manage_inventory: u.manage_inventory } : {}),
          ...(repriced ? { prices: pricesFor(current.prices, u.price_vnd, u.price_usd) } : {}),
        }
      }),
      delete: batch.delete,
    },
  }
}
