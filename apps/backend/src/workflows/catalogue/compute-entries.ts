import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { districtName, productGroupName, searchTokens, type DistrictCode, type ProductGroupCode } from "@ocop/domain"
import { OCOP_MODULE } from "../../modules/ocop"
import type OcopModuleService from "../../modules/ocop/service"
import { currentCertificate } from "../../modules/ocop/utils/certificates"

/** The values of one catalogue_entry row, without its id. */
export type CatalogueEntryData = {
  product_id: string
  handle: string
  title: string
  title_en: string | null
  subtitle: string | null
  thumbnail: string | null
  search_text: string
  product_group: ProductGroupCode
  origin_district: DistrictCode
  producer_id: string
  producer_handle: string
  producer_active: boolean
  certification_id: string | null
  star_level: number | null
  is_certified: boolean
  min_price: number | null
  min_price_usd: number | null
  published: boolean
  is_listed: boolean
  product_created_at: Date
}

type PriceLike = { amount?: unknown; currency_code?: string | null; price_list_id?: string | null }

/** Lowest base VND price over a product's variants (price-list prices are promotions, not the card price). */
export function minVndPrice(variants: { prices?: PriceLike[] | null }[] | null | undefined): number | null {
  return minBasePrice(variants, "vnd")
}

/** Lowest base price in one currency over a product's variants; null when no variant has one. */
export function minBasePrice(
  variants: { prices?: PriceLike[] | null }[] | null | undefined,
  currencyCode: "vnd" | "usd",
): number | null {
  let min: number | null = null
  for (const variant of variants ?? []) {
    for (const price of variant.prices ?? []) {
      if (price.currency_code?.toLowerCase() !== currencyCode || price.price_list_id) continue
      const amount = Number(price.amount)
      if (Number.isFinite(amount) && (min === null || amount < min)) min = amount
    }
  }
  return min
}

/**
 * Computes catalogue rows for the given products from the product, producer (via the link),
 * product profile and certificates. Products that are gone, or lack a profile or producer, get no
 * row: they are not OCOP products. Returns the rows and every id that should have none.
 */
export async function computeCatalogueEntries(
  container: MedusaContainer,
  productIds: string[],
  now = new Date(),
): Promise<{ entries: CatalogueEntryData[]; withoutEntry: string[] }> {
  if (productIds.length === 0) return { entries: [], withoutEntry: [] }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)

  const [{ data: products }, profiles, certs] = await Promise.all([
    query.graph({
      entity: "product",
      fields: [
        "id",
        "handle",
        "title",
        "subtitle",
        "thumbnail",
        "status",
        "created_at",
        "variants.prices.amount",
        "variants.prices.currency_code",
        "variants.prices.price_list_id",
        "producer.id",
        "producer.handle",
        "producer.name",
        "producer.status",
      ],
      filters: { id: productIds },
    }),
    ocop.listProductProfiles({ product_id: productIds }),
    ocop.listCertifications({ product_id: productIds }),
  ])

  const profileOf = new Map(profiles.map((p) => [p.product_id, p]))
  const certsOf = new Map<string, typeof certs>()
  for (const cert of certs) certsOf.set(cert.product_id, [...(certsOf.get(cert.product_id) ?? []), cert])

  const entries: CatalogueEntryData[] = []
  for (const product of products as any[]) {
    const profile = profileOf.get(product.id)
    const producer = product.producer
    if (!profile || !producer) continue
    const current = currentCertificate(certsOf.get(product.id) ?? [], now)
    const published = product.status === "published"
    const producerActive = producer.status === "active"
    const group = profile.product_group as ProductGroupCode
    const district = profile.origin_district as DistrictCode
    const searchable = [
      product.title,
      profile.title_en,
      product.subtitle,
      producer.name,
      productGroupName(group, "vi"),
      productGroupName(group, "en"),
      districtName(district, "vi"),
      districtName(district, "en"),
    ]
    entries.push({
      product_id: product.id,
      handle: product.handle,
      title: product.title,
      title_en: profile.title_en ?? null,
      subtitle: product.subtitle ?? null,
      thumbnail: product.thumbnail ?? null,
      search_text: searchTokens(searchable.filter(Boolean).join(" ")).join(" "),
      product_group: group,
      origin_district: district,
      producer_id: producer.id,
      producer_handle: producer.handle,
      producer_active: producerActive,
      certification_id: current?.id ?? null,
      star_level: current?.star_level ?? null,
      is_certified: Boolean(current),
      min_price: minVndPrice(product.variants),
      min_price_usd: minBasePrice(product.variants, "usd"),
      published,
      is_listed: published && producerActive && Boolean(current),
      product_created_at: new Date(product.created_at),
    })
  }
  const withEntry = new Set(entries.map((e) => e.product_id))
  return { entries, withoutEntry: productIds.filter((id) => !withEntry.has(id)) }
}
