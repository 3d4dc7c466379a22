import { foldVietnamese, saleTotals, searchTokens, type SaleTotals } from "@ocop/domain"
import type { ShelfItem } from "../providers/counter"

/** A line on the counter screen: the shelf item, how many, and the line's discount in đồng. */
export interface CartLine {
  item: ShelfItem
  quantity: number
  discount: number
}

/** VAT rate when a product names none (the backend's default, decision 024). */
export const DEFAULT_VAT_RATE = 10

/** The figures of the cart, computed exactly as the server will (shared domain arithmetic). */
export function cartTotals(lines: readonly CartLine[], saleDiscount: number): SaleTotals | null {
  try {
    return saleTotals(
      lines.map((l) => ({
        unit_price: l.item.price ?? 0,
        quantity: l.quantity,
        discount: l.discount,
        vat_rate: l.item.vat_rate ?? DEFAULT_VAT_RATE,
      })),
      saleDiscount,
    )
  } catch {
    return null
  }
}

/** Adds one unit of an item (a new line, or one more on its line). */
export function addItem(lines: readonly CartLine[], item: ShelfItem): CartLine[] {
  const at = lines.findIndex((l) => l.item.variant_id === item.variant_id)
  if (at < 0) return [...lines, { item, quantity: 1, discount: 0 }]
  return lines.map((l, i) => (i === at ? { ...l, quantity: l.quantity + 1 } : l))
}

/** Sets a line's quantity; zero or less removes the line. */
export function setQuantity(lines: readonly CartLine[], variantId: string, quantity: number): CartLine[] {
  return quantity <= 0
    ? lines.filter((l) => l.item.variant_id !== variantId)
    : lines.map((l) => (l.item.variant_id === variantId ? { ...l, quantity } : l))
}

/**
 * Finds shelf items for what the clerk typed, without diacritics ("nam huong" finds "Nấm hương"):
 * every word must start a word of the product's name, packaging or SKU.
 */
export function searchShelf(items: readonly ShelfItem[], query: string): ShelfItem[] {
  const tokens = searchTokens(query)
  if (!tokens.length) return [...items]
  return items.filter((item) => {
    const words = searchTokens(`${item.product_title} ${item.variant_title ?? ""} ${item.sku ?? ""}`)
    return tokens.every((t) => words.some((w) => w.startsWith(t)))
  })
}

/**
 * The item a scanned code names: its barcode or SKU exactly, or a product QR code of ours (a URL
 * ending in the product's handle, or a certificate check URL ending in its certificate number).
 */
export function itemForCode(items: readonly ShelfItem[], code: string): ShelfItem | null {
  const text = code.trim()
  if (!text) return null
  const exact = items.find(
    (i) => (i.barcode && i.barcode === text) || (i.sku && i.sku.toLowerCase() === text.toLowerCase()),
  )
  if (exact) return exact
  const last = decodeURIComponent(text.split(/[?#]/)[0]!.replace(/\/+$/, "").split("/").pop() ?? "")
  return (
    items.find((i) => i.product_handle === last) ??
    items.find((i) => i.certificate_number && i.certificate_number === last) ??
    null
  )
}

/** Shelf items by product group, for the tiles; items without a group go under "other". */
export function byGroup(items: readonly ShelfItem[]): Map<string, ShelfItem[]> {
  const groups = new Map<string, ShelfItem[]>()
  for (const item of items) {
    const key = item.product_group ?? "other"
    groups.set(key, [...(groups.get(key) ?? []), item])
  }
  return groups
}

/** A fresh idempotency key for one sale, made on the device before the first attempt to send it. */
export function newSaleKey(deviceId: string): string {
  const random =
    typeof crypto !== "undefined" && "randomUUID" in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`
  return `${deviceId}-${random}`.replace(/[^A-Za-z0-9_-]/g, "").slice(0, 100)
}

/** Folded text for comparing names on the device. */
export const fold = foldVietnamese
