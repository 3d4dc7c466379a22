import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { compareVariants, usdCentsFromAmount } from "@ocop/domain"
import type { ProductForVariants } from "../../../workflows/product/variant-plan"

const FIELDS = [
  "id",
  "options.id",
  "options.title",
  "options.values.id",
  "options.values.value",
  "variants.id",
  "variants.title",
  "variants.sku",
  "variants.manage_inventory",
  "variants.variant_rank",
  "variants.created_at",
  "variants.price_set.prices.id",
  "variants.price_set.prices.currency_code",
  "variants.price_set.prices.amount",
  "variants.price_set.prices.rules_count",
  "variants.price_set.prices.price_list_id",
]

type LoadedVariant = ProductForVariants["variants"][number] & { manage_inventory: boolean; created_at: string | Date }

/** A product's options and variants with their whole price sets; null when there is no such product. */
export async function loadProductVariants(
  scope: MedusaContainer,
  id: string,
): Promise<(ProductForVariants & { variants: LoadedVariant[] }) | null> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: FIELDS, filters: { id } })
  const product = data[0] as any
  if (!product) return null
  return {
    id: product.id,
    options: (product.options ?? [])
      .filter(Boolean)
      .map((o: any) => ({ id: o.id, title: o.title, values: (o.values ?? []).filter(Boolean) })),
    variants: (product.variants ?? [])
      .filter(Boolean)
      .map((v: any) => ({
        id: v.id,
        title: v.title,
        sku: v.sku ?? null,
        manage_inventory: !!v.manage_inventory,
        variant_rank: v.variant_rank ?? 0,
        created_at: v.created_at,
        prices: (v.price_set?.prices ?? []).filter(Boolean),
      }))
      .sort(compareVariants),
  }
}

/** A variant as the console reads it: whole đồng and US cents, null when there is no such price. */
export function variantView(v: LoadedVariant) {
  const base = (code: string) => v.prices.find((p) => p.currency_code === code && !p.price_list_id && !p.rules_count)
  const vnd = base("vnd")
  const usd = base("usd")
  return {
    id: v.id,
    title: v.title,
    sku: v.sku,
    manage_inventory: v.manage_inventory,
    price_vnd: vnd ? Number(vnd.amount) : null,
    price_usd: usd ? usdCentsFromAmount(usd.amount as number) : null,
  }
}
