import { createRegionsWorkflow, updateRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { RegionDTO } from "@medusajs/framework/types"
import { INTERNATIONAL_COUNTRY_CODES, PAYMENT_PROVIDER_IDS, usdAmountFromCents } from "@ocop/domain"
import { reportCounts, type SeedContext } from "./context"

export const INTERNATIONAL_REGION_NAME = "Quốc tế"
/** Sample exchange rate for the demo's USD prices: 25,000 ₫ per US dollar (not a quoted rate). */
export const SAMPLE_VND_PER_USD = 25_000

/** A VND price in US dollars at the sample rate, rounded to cents. */
export function sampleUsdPrice(vnd: number): number {
  // Whole cents at the sample rate (at least one), then Medusa's amount in dollars.
  return usdAmountFromCents(Math.max(1, Math.round((vnd * 100) / SAMPLE_VND_PER_USD)))
}

/** Region Quốc tế: USD, prices include taxes, the countries of @ocop/domain's international list. */
export async function ensureInternationalRegion(ctx: SeedContext): Promise<RegionDTO> {
  const service = ctx.container.resolve(Modules.REGION)
  const [existing] = await service.listRegions({ name: INTERNATIONAL_REGION_NAME })
  reportCounts(ctx, "international region", existing ? 0 : 1, existing ? 1 : 0)
  if (existing) return existing
  const { result } = await createRegionsWorkflow(ctx.container).run({
    input: {
      regions: [
        {
          name: INTERNATIONAL_REGION_NAME,
          currency_code: "usd",
          countries: [...INTERNATIONAL_COUNTRY_CODES],
          automatic_taxes: true,
          is_tax_inclusive: true,
          payment_providers: [PAYMENT_PROVIDER_IDS.cod],
        },
      ],
    },
  })
  return result[0]
}

/** Vietnam also takes bank transfers by VietQR, next to cash on delivery or at pickup. */
export async function ensureVietQrInRegion(ctx: SeedContext, regionId: string): Promise<void> {
  const query = ctx.container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "region",
    fields: ["id", "payment_providers.id"],
    filters: { id: regionId },
  })
  const providers = ((data[0]?.payment_providers ?? []) as ({ id: string } | null)[]).flatMap((p) => (p ? [p.id] : []))
  const missing = [PAYMENT_PROVIDER_IDS.cod, PAYMENT_PROVIDER_IDS.vietqr].filter((id) => !providers.includes(id))
  reportCounts(ctx, "region payment providers", missing.length, 2 - missing.length)
  if (!missing.length) return
  await updateRegionsWorkflow(ctx.container).run({
    input: { selector: { id: regionId }, update: { payment_providers: [...providers, ...missing] } },
  })
}

type VariantPrices = {
  id: string
  price_set?: { id: string; prices?: ({ currency_code: string; amount: number; rules_count?: number } | null)[] } | null
}

/** Gives every demo variant a USD price converted from its VND price at the sample rate. */
export async function ensureUsdPrices(ctx: SeedContext, productIds: string[]): Promise<void> {
  const query = ctx.container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: [
      "id",
      "price_set.id",
      "price_set.prices.currency_code",
      "price_set.prices.amount",
      "price_set.prices.rules_count",
    ],
    filters: { product_id: productIds },
  })
  const additions: { priceSetId: string; prices: { currency_code: string; amount: number }[] }[] = []
  for (const variant of data as VariantPrices[]) {
    const prices = (variant.price_set?.prices ?? []).flatMap((p) => (p ? [p] : []))
    const vnd = prices.find((p) => p.currency_code === "vnd" && !p.rules_count)
    if (!variant.price_set || !vnd || prices.some((p) => p.currency_code === "usd")) continue
    additions.push({
      priceSetId: variant.price_set.id,
      prices: [{ currency_code: "usd", amount: sampleUsdPrice(Number(vnd.amount)) }],
    })
  }
  reportCounts(ctx, "USD prices", additions.length, data.length - additions.length)
  if (additions.length) await ctx.container.resolve(Modules.PRICING).addPrices(additions)
}
