import type { Locale } from "~/i18n"
import { moneyLabel } from "./cart-format"
import type { StoreCart } from "./cart-types"
import { getCart } from "./cart.server"
import type { MiniCart } from "./mini-cart"

/** The header's summary of a cart: units, lines with their totals, and the subtotal (VAT included). */
export function miniCartOf(cart: StoreCart | null, locale: Locale): MiniCart {
  if (!cart) return { count: 0, lines: [], subtotal: "" }
  return {
    count: cart.items.reduce((sum, item) => sum + item.quantity, 0),
    lines: cart.items.map((item) => ({
      id: item.id,
      title: item.title,
      variant_title: item.variant_title ?? null,
      quantity: item.quantity,
      total: moneyLabel(item.total, cart.currency_code, locale),
    })),
    subtotal: moneyLabel(cart.item_total, cart.currency_code, locale),
  }
}

/** The buyer's mini-cart for the header. Never fails the page: without the backend it is empty. */
export async function miniCart(request: Request, locale: Locale): Promise<MiniCart> {
  try {
    return miniCartOf(await getCart(request), locale)
  } catch {
    return miniCartOf(null, locale)
  }
}
