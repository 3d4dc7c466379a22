import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const setVariantPricesStepId = "set-variant-base-prices"

type Price = {
  currency_code: string
  amount: number
  rules?: Record<string, string>
  min_quantity?: number | null
  max_quantity?: number | null
}

export type VariantPrices = { variant_id: string; prices: Price[] }

type Saved = { price_set_id: string; prices: Price[] }

/** The base (not price-list) prices of price sets, in the shape that writes them back. */
async function basePrices(pricing: any, priceSetIds: string[]): Promise<Saved[]> {
  const prices: any[] = await pricing.listPrices(
    { price_set_id: priceSetIds },
    { relations: ["price_rules"], take: null },
  )
  return priceSetIds.map((id) => ({
    price_set_id: id,
    prices: prices
      .filter((p) => p.price_set_id === id && !p.price_list_id)
      .map((p) => ({
        currency_code: p.currency_code,
        amount: Number(p.amount),
        min_quantity: p.min_quantity ?? null,
        max_quantity: p.max_quantity ?? null,
        ...(p.price_rules?.length
          ? { rules: Object.fromEntries(p.price_rules.map((r: any) => [r.attribute, r.value])) }
          : {}),
      })),
  }))
}

/**
 * Replaces the base prices of variants (price-list prices stay). Written as our own step because
 * the compensation of Medusa's updatePriceSetsStep does not bring replaced prices back: this one
 * saves them first and writes them back if a later step fails.
 */
export const setVariantPricesStep = createStep(
  setVariantPricesStepId,
  async (input: VariantPrices[], { container }) => {
    if (input.length === 0) return new StepResponse([] as Saved[], [] as Saved[])
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product_variant",
      fields: ["id", "price_set.id"],
      filters: { id: input.map((v) => v.variant_id) },
    })
    const priceSetOf = new Map((data as any[]).map((v) => [v.id, v.price_set?.id as string | undefined]))
    const missing = input.find((v) => !priceSetOf.get(v.variant_id))
    if (missing) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Variant ${missing.variant_id} has no price set`)
    const pricing = container.resolve(Modules.PRICING)
    const previous = await basePrices(
      pricing,
      input.map((v) => priceSetOf.get(v.variant_id)!),
    )
    const wanted = input.map((v) => ({ price_set_id: priceSetOf.get(v.variant_id)!, prices: v.prices }))
    for (const set of wanted) await pricing.updatePriceSets(set.price_set_id, { prices: set.prices })
    return new StepResponse(wanted, previous)
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    const pricing = container.resolve(Modules.PRICING)
    for (const set of previous) await pricing.updatePriceSets(set.price_set_id, { prices: set.prices as any })
  },
)
