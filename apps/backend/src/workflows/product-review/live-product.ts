import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { compareVariants, usdCentsFromAmount, type DistrictCode, type ProductGroupCode } from "@ocop/domain"
import { OCOP_MODULE } from "../../modules/ocop"
import type OcopModuleService from "../../modules/ocop/service"
import type { ProductFields, VariantFields } from "./types"

/** A variant as it is on sale now, with what applying a change needs to know about it. */
export type LiveVariant = VariantFields & {
  id: string
  // position among the product's variants (Medusa's variant_rank), the order producers listed them in
  rank: number
  option_values: string[]
  manage_inventory: boolean
  inventory_item_id: string | null
}

/** A product as buyers see it now, in the producer API's shape, with its Medusa details. */
export type LiveProduct = Omit<ProductFields, "variants" | "product_group" | "origin_district"> & {
  id: string
  handle: string
  status: string
  thumbnail: string | null
  created_at: string
  // null only for a product without an OCOP profile (never one a producer made)
  product_group: ProductGroupCode | null
  origin_district: DistrictCode | null
  producer_id: string | null
  options: { id: string; title: string; values: string[] }[]
  variants: LiveVariant[]
}

const FIELDS = [
  "id",
  "title",
  "handle",
  "status",
  "thumbnail",
  "description",
  "created_at",
  "images.url",
  "images.rank",
  "options.id",
  "options.title",
  "options.values.value",
  "variants.id",
  "variants.title",
  "variants.sku",
  "variants.manage_inventory",
  "variants.variant_rank",
  "variants.created_at",
  "variants.options.value",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.prices.price_list_id",
  "variants.inventory_items.inventory_item_id",
  "producer.id",
]

type PriceRow = { amount?: unknown; currency_code?: string | null; price_list_id?: string | null } | null

/** The base (not price-list) price of a variant in a currency, in Medusa's unit (dong, dollars). */
function basePrice(prices: PriceRow[] | null | undefined, currency: "vnd" | "usd"): number | null {
  const price = (prices ?? []).find((p) => p && p.currency_code?.toLowerCase() === currency && !p.price_list_id)
  return price ? Number(price.amount) : null
}

function liveVariant(v: any): LiveVariant {
  const usd = basePrice(v.prices, "usd")
  return {
    id: v.id,
    title: v.title,
    sku: v.sku ?? null,
    price_vnd: basePrice(v.prices, "vnd") ?? 0,
    price_usd: usd === null ? null : usdCentsFromAmount(usd),
    rank: Number(v.variant_rank ?? 0),
    option_values: (v.options ?? []).filter(Boolean).map((o: { value: string }) => o.value),
    manage_inventory: Boolean(v.manage_inventory),
    inventory_item_id: (v.inventory_items ?? []).find(Boolean)?.inventory_item_id ?? null,
  }
}

/** Loads products as they are live now (product, prices, OCOP profile, producer), by id. */
export async function loadLiveProducts(container: MedusaContainer, ids: string[]): Promise<Map<string, LiveProduct>> {
  if (ids.length === 0) return new Map()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
  const [{ data }, profiles] = await Promise.all([
    query.graph({ entity: "product", fields: FIELDS, filters: { id: ids } }),
    ocop.listProductProfiles({ product_id: ids }),
  ])
  const profileOf = new Map(profiles.map((p) => [p.product_id, p]))
  const result = new Map<string, LiveProduct>()
  for (const p of data as any[]) {
    const profile = profileOf.get(p.id)
    result.set(p.id, {
      id: p.id,
      title: p.title,
      handle: p.handle,
      status: p.status,
      thumbnail: p.thumbnail ?? null,
      created_at: new Date(p.created_at).toISOString(),
      description: p.description ?? null,
      title_en: profile?.title_en ?? null,
      description_en: profile?.description_en ?? null,
      product_group: (profile?.product_group as ProductGroupCode | undefined) ?? null,
      origin_district: (profile?.origin_district as DistrictCode | undefined) ?? null,
      images: [...(p.images ?? [])]
        .filter(Boolean)
        .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
        .map((i) => i.url),
      producer_id: p.producer?.id ?? null,
      options: (p.options ?? []).filter(Boolean).map((o: any) => ({
        id: o.id,
        title: o.title,
        values: (o.values ?? []).filter(Boolean).map((v: { value: string }) => v.value),
      })),
      variants: [...(p.variants ?? [])].filter(Boolean).sort(compareVariants).map(liveVariant),
    })
  }
  return result
}

/** The producer-editable fields of a live product. */
export function editableFields(live: LiveProduct): Partial<ProductFields> {
  return {
    title: live.title,
    title_en: live.title_en,
    description: live.description,
    description_en: live.description_en,
    ...(live.product_group ? { product_group: live.product_group } : {}),
    ...(live.origin_district ? { origin_district: live.origin_district } : {}),
    images: live.images,
    variants: live.variants.map(({ id, title, sku, price_vnd, price_usd }) => ({
      id,
      title,
      sku,
      price_vnd,
      price_usd,
    })),
  }
}
