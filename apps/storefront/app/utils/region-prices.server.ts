import type { CatalogueVariant } from "@ocop/domain"
import { getCountry, regionIdForCountry } from "./cart.server"
import { storeCall } from "./medusa.server"

/** The currency of the buyer's region, from the remembered country: VND in Vietnam, USD elsewhere. */
export async function buyerCurrency(request: Request): Promise<"vnd" | "usd"> {
  return (await getCountry(request)) === "vn" ? "vnd" : "usd"
}

type PricedProduct = {
  variants: { id: string; calculated_price?: { calculated_amount: number | null; currency_code: string } | null }[]
}

/**
 * The catalogue carries VND prices; a buyer abroad sees the international region's USD prices
 * instead. Returns the variants unchanged for Vietnam, or when the backend has no price to offer.
 */
export async function variantsInBuyerCurrency(
  request: Request,
  handle: string,
  variants: CatalogueVariant[],
): Promise<CatalogueVariant[]> {
  const country = await getCountry(request)
  if (country === "vn") return variants
  try {
    const regionId = await regionIdForCountry(country)
    const result = await storeCall<{ products: PricedProduct[] }>(
      `/store/products?handle=${encodeURIComponent(handle)}&region_id=${regionId}&fields=id,variants.id,*variants.calculated_price`,
    )
    if (!result.ok) return variants
    const prices = new Map((result.body.products[0]?.variants ?? []).map((v) => [v.id, v.calculated_price]))
    return variants.map((variant) => {
      const price = prices.get(variant.id)
      return price?.calculated_amount != null
        ? { ...variant, price: { amount: price.calculated_amount, currency_code: price.currency_code } }
        : variant
    })
  } catch {
    return variants
  }
}
