import type { HttpClient } from "./http-client"

/** A place that holds stock: the central warehouse, a showroom, later a producer's own store. */
export interface StockPlace {
  id: string
  name: string
  /** Showrooms carry `metadata.point_of_sale`; the warehouse does not. */
  pointOfSale: boolean
}

/** One inventory item's level at one place; null when the item has never been stocked there. */
export interface StockCell {
  stocked: number
  reserved: number
}

export interface StockTable {
  places: StockPlace[]
  /** inventory_item_id → place id → level. */
  levels: Record<string, Record<string, StockCell>>
}

/** A quantity to write: `exists` says whether the level is updated or created. */
export interface StockChange {
  inventory_item_id: string
  location_id: string
  stocked_quantity: number
  exists: boolean
}

interface LocationBody {
  stock_locations: { id: string; name: string; metadata?: Record<string, unknown> | null }[]
}
interface ItemsBody {
  inventory_items: {
    id: string
    location_levels?: { location_id: string; stocked_quantity: number; reserved_quantity: number }[]
  }[]
}

/** The warehouse first (online orders ship from it), then the showrooms and other places by name. */
function byRole(a: StockPlace, b: StockPlace) {
  return Number(a.pointOfSale) - Number(b.pointOfSale) || a.name.localeCompare(b.name, "vi")
}

/** Every stock location and the levels of the given inventory items there. */
export async function getStock(request: HttpClient, inventoryItemIds: string[]): Promise<StockTable> {
  const [{ stock_locations }, items] = await Promise.all([
    request<LocationBody>("/admin/stock-locations", { query: { fields: "id,name,metadata", limit: 100 } }),
    inventoryItemIds.length
      ? request<ItemsBody>("/admin/inventory-items", {
          query: { id: inventoryItemIds, limit: inventoryItemIds.length, fields: "id,*location_levels" },
        })
      : Promise.resolve({ inventory_items: [] } as ItemsBody),
  ])
  const places = stock_locations
    .map((l) => ({ id: l.id, name: l.name, pointOfSale: Boolean(l.metadata?.point_of_sale) }))
    .sort(byRole)
  const levels: StockTable["levels"] = {}
  for (const item of items.inventory_items) {
    levels[item.id] = Object.fromEntries(
      (item.location_levels ?? []).map((l) => [
        l.location_id,
        { stocked: Number(l.stocked_quantity), reserved: Number(l.reserved_quantity) },
      ]),
    )
  }
  return { places, levels }
}

/** Writes the changed quantities in one request (one Medusa workflow: all or nothing). */
export async function saveStock(request: HttpClient, changes: StockChange[]): Promise<void> {
  const level = ({ inventory_item_id, location_id, stocked_quantity }: StockChange) => ({
    inventory_item_id,
    location_id,
    stocked_quantity,
  })
  await request("/admin/inventory-items/location-levels/batch", {
    method: "POST",
    body: { create: changes.filter((c) => !c.exists).map(level), update: changes.filter((c) => c.exists).map(level) },
  })
}
