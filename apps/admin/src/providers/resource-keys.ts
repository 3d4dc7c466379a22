/**
 * Medusa wraps one record in a singular key (`{ producer }`) and a list in the plural
 * (`{ producers }`). Irregular plurals go in this map; the rest drop a trailing "s".
 */
const SINGULAR: Record<string, string> = {
  certifications: "certification",
  products: "product",
  orders: "order",
  users: "user",
  inspections: "inspection",
  categories: "category",
  "product-categories": "product_category",
  "points-of-sale": "point_of_sale",
  "stock-transfers": "stock_transfer",
  "register-sessions": "register_session",
  "counter-sales": "counter_sale",
  "trade-events": "trade_event",
}

/** Key of a single record in Medusa's responses for the given resource. */
export function singularKey(resource: string): string {
  return SINGULAR[resource] ?? resource.replace(/s$/, "")
}

/** Key of the list in Medusa's list responses (`producers`, `product_categories`). */
export function pluralKey(resource: string): string {
  return resource.replace(/-/g, "_")
}

/** Fields the server owns: never sent back on update. */
export const READ_ONLY_FIELDS = ["id", "created_at", "updated_at", "deleted_at"] as const
