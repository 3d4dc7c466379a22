import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { availableUnits, stockStatus, type StockFilter } from "@ocop/domain"

const FIELDS = [
  "id",
  "product_id",
  "inventory_items.required_quantity",
  "inventory_items.inventory.location_levels.stocked_quantity",
  "inventory_items.inventory.location_levels.reserved_quantity",
]

type TrackedVariant = {
  id: string
  product_id: string
  inventory_items?: ({ required_quantity?: number; inventory?: { location_levels?: any[] } | null } | null)[]
}

/** Units of a tracked variant buyers can still order over all locations (a kit counts its scarcest part). */
function variantAvailable(variant: TrackedVariant): number {
  const items = (variant.inventory_items ?? []).filter((i): i is NonNullable<typeof i> => !!i)
  if (items.length === 0) return 0
  return Math.min(
    ...items.map((item) =>
      Math.floor(availableUnits(item.inventory?.location_levels ?? []) / Math.max(1, item.required_quantity ?? 1)),
    ),
  )
}

async function trackedVariants(scope: MedusaContainer, productIds?: string[]): Promise<TrackedVariant[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const filters: Record<string, unknown> = { manage_inventory: true }
  if (productIds) filters.product_id = productIds
  const { data } = await query.graph({ entity: "product_variant", fields: FIELDS, filters })
  return data as TrackedVariant[]
}

/**
 * Products with at least one tracked variant out of stock ("out") or low on it ("low"). Reads every
 * tracked variant: fine for a province's few hundred products; at national scale this would become a
 * column of the catalogue read model.
 */
export async function productIdsByStock(scope: MedusaContainer, filter: StockFilter): Promise<string[]> {
  const ids = new Set<string>()
  for (const variant of await trackedVariants(scope)) {
    if (stockStatus(variantAvailable(variant)) === filter) ids.add(variant.product_id)
  }
  return [...ids]
}

/** Units available per product over its tracked variants; products that track no stock are left out. */
export async function availableByProduct(scope: MedusaContainer, productIds: string[]): Promise<Map<string, number>> {
  const totals = new Map<string, number>()
  if (productIds.length === 0) return totals
  for (const variant of await trackedVariants(scope, productIds)) {
    totals.set(variant.product_id, (totals.get(variant.product_id) ?? 0) + variantAvailable(variant))
  }
  return totals
}
