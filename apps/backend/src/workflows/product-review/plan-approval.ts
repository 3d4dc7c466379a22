import { MedusaError } from "@medusajs/framework/utils"
import { PACKAGING_OPTION, type ProductReviewKind } from "@ocop/domain"
import { variantPrices } from "../product/new-product"
import type { ProductProfileData } from "../product/steps/upsert-product-profiles"
import { canonicalVariant, differingFields } from "./changes"
import { editableFields, type LiveProduct } from "./live-product"
import type { ProductChanges, VariantFields } from "./types"

type Price = { currency_code: "vnd" | "usd"; amount: number }

/** What approving a review does to Medusa's product, step by step (see approveProductReviewWorkflow). */
export type ApprovalPlan = {
  product_id: string
  product: {
    id: string
    title?: string
    description?: string | null
    status?: "published"
  } | null
  // written by setProductImagesStep (whose compensation restores them); the first is the thumbnail
  images: string[] | null
  profile: ProductProfileData | null
  delete_variant_ids: string[]
  // values the packaging option needs for the new variants
  option_values: { product_option_id: string; values: string[] } | null
  update_variants: { id: string; title: string; sku: string | null; variant_rank: number }[]
  // base prices of kept variants, written by setVariantPricesStep (whose compensation restores them)
  price_updates: { variant_id: string; prices: Price[] }[]
  create_variants: {
    product_id: string
    title: string
    sku?: string
    manage_inventory: true
    variant_rank: number
    options?: Record<string, string>
    prices: Price[]
  }[]
}

/** "Chai 500 ml", or "Chai 500 ml (2)" when a remaining variant already holds that option value. */
function freeValue(title: string, taken: Set<string>): string {
  let value = title
  for (let n = 2; taken.has(value); n++) value = `${title} (${n})`
  taken.add(value)
  return value
}

type VariantPlan = Pick<
  ApprovalPlan,
  "delete_variant_ids" | "option_values" | "update_variants" | "price_updates" | "create_variants"
>

function planVariants(live: LiveProduct, wanted: VariantFields[]): VariantPlan {
  const liveById = new Map(live.variants.map((v) => [v.id, v]))
  const kept = wanted.filter((v) => v.id)
  const gone = kept.find((v) => !liveById.has(v.id!))
  if (gone)
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Variant ${gone.id} is no longer part of product ${live.id}`)
  const keptIds = new Set(kept.map((v) => v.id!))

  const update_variants: ApprovalPlan["update_variants"] = []
  const price_updates: ApprovalPlan["price_updates"] = []
  wanted.forEach((v, rank) => {
    if (!v.id) return
    const before = liveById.get(v.id)!
    if (before.title !== v.title || before.sku !== v.sku || before.rank !== rank) {
      update_variants.push({ id: v.id, title: v.title, sku: v.sku, variant_rank: rank })
    }
    if (before.price_vnd !== v.price_vnd || before.price_usd !== v.price_usd)
      price_updates.push({ variant_id: v.id, prices: variantPrices(v) })
  })

  // Variant titles are what buyers see; option values only have to differ between variants, so a
  // renamed variant keeps its value and a new one gets its title, made unique if needed.
  const option = live.options.length === 1 ? live.options[0]! : null
  const taken = new Set(live.variants.filter((v) => keptIds.has(v.id)).flatMap((v) => v.option_values.slice(0, 1)))
  const create_variants = wanted
    .map((v, rank) => ({ v, rank }))
    .filter(({ v }) => !v.id)
    .map(({ v, rank }) => ({
      product_id: live.id,
      title: v.title,
      ...(v.sku ? { sku: v.sku } : {}),
      manage_inventory: true as const,
      variant_rank: rank,
      ...(option ? { options: { [option.title]: freeValue(v.title, taken) } } : {}),
      prices: variantPrices(v),
    }))
  const missing = option
    ? create_variants.map((v) => v.options![option.title]!).filter((value) => !option.values.includes(value))
    : []

  return {
    delete_variant_ids: live.variants.filter((v) => !keptIds.has(v.id)).map((v) => v.id),
    option_values: option && missing.length ? { product_option_id: option.id, values: missing } : null,
    update_variants,
    price_updates,
    create_variants,
  }
}

/**
 * Turns a review into the writes that make the live product match it. Only fields that differ from
 * the live product are written; approving a new product also publishes it.
 */
export function planApproval(live: LiveProduct, reviewChanges: ProductChanges, kind: ProductReviewKind): ApprovalPlan {
  const changes = differingFields(editableFields(live), reviewChanges)
  const product: NonNullable<ApprovalPlan["product"]> = { id: live.id }
  if (changes.title !== undefined) product.title = changes.title
  if (changes.description !== undefined) product.description = changes.description
  if (kind === "create") product.status = "published"

  const profileKeys = ["title_en", "description_en", "product_group", "origin_district"] as const
  let profile: ProductProfileData | null = null
  if (profileKeys.some((key) => changes[key] !== undefined)) {
    const product_group = changes.product_group ?? live.product_group
    const origin_district = changes.origin_district ?? live.origin_district
    if (!product_group || !origin_district) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Product ${live.id} has no product group or origin district`,
      )
    }
    profile = {
      product_id: live.id,
      product_group,
      origin_district,
      title_en: changes.title_en !== undefined ? changes.title_en : live.title_en,
      description_en: changes.description_en !== undefined ? changes.description_en : live.description_en,
    }
  }

  const variants = changes.variants
    ? planVariants(
        live,
        changes.variants.map((v) => canonicalVariant(v)),
      )
    : { delete_variant_ids: [], option_values: null, update_variants: [], price_updates: [], create_variants: [] }
  return {
    product_id: live.id,
    product: Object.keys(product).length > 1 ? product : null,
    images: changes.images ?? null,
    profile,
    ...variants,
  }
}
