import type { CreateProductWorkflowInputDTO } from "@medusajs/framework/types"
import { PACKAGING_OPTION, usdAmountFromCents, type DistrictCode, type ProductGroupCode } from "@ocop/domain"
import type { AttachProductInput } from "./workflows/attach-products-to-producers"

/** A new variant as our APIs speak it: whole đồng and US cents. */
export type NewVariant = {
  title: string
  sku?: string | null
  price_vnd: number
  // cents; none (null or left out): not sold in the international region
  price_usd?: number | null
  manage_inventory?: boolean
}

/** Where a new product is sold and shipped from: the store's defaults (storeDefaults). */
export type ProductPlacement = { sales_channel_id: string | null; shipping_profile_id: string | null }

/** A variant's base prices as Medusa stores them (dollars for USD); no USD price: not sold abroad. */
export function variantPrices(v: Pick<NewVariant, "price_vnd" | "price_usd">) {
  return [
    { currency_code: "vnd" as const, amount: v.price_vnd },
    ...(v.price_usd == null ? [] : [{ currency_code: "usd" as const, amount: usdAmountFromCents(v.price_usd) }]),
  ]
}

/**
 * Medusa's creation input for an OCOP product: one packaging option whose values are the variants'
 * titles, variants in the order given (variant_rank: variants created together share created_at),
 * stock tracked unless said otherwise, in the store's sales channel and shipping profile.
 */
export function newProductInput(
  product: Omit<CreateProductWorkflowInputDTO, "options" | "variants">,
  variants: NewVariant[],
  placement: ProductPlacement,
): CreateProductWorkflowInputDTO {
  return {
    ...product,
    options: [{ title: PACKAGING_OPTION, values: variants.map((v) => v.title) }],
    variants: variants.map((v, rank) => ({
      title: v.title,
      variant_rank: rank,
      ...(v.sku ? { sku: v.sku } : {}),
      manage_inventory: v.manage_inventory ?? true,
      options: { [PACKAGING_OPTION]: v.title },
      prices: variantPrices(v),
    })),
    ...(placement.sales_channel_id ? { sales_channels: [{ id: placement.sales_channel_id }] } : {}),
    ...(placement.shipping_profile_id ? { shipping_profile_id: placement.shipping_profile_id } : {}),
  }
}

/** What attachProductsToProducersWorkflow needs for a product just created: its producer and OCOP profile. */
export function attachNewProduct(
  product_id: string,
  producer_id: string,
  profile: {
    product_group: ProductGroupCode
    origin_district: DistrictCode
    title_en?: string | null
    description_en?: string | null
  },
): { products: AttachProductInput[] } {
  const { product_group, origin_district, title_en, description_en } = profile
  return {
    products: [
      {
        product_id,
        producer_id,
        product_group,
        origin_district,
        title_en: title_en ?? null,
        description_en: description_en ?? null,
      },
    ],
  }
}
