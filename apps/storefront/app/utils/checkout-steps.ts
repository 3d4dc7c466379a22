/** Checkout steps and form values: shared by the checkout page and its server code. */
import type { StoreAddress, StoreCart } from "./cart-types"

export const CHECKOUT_STEPS = ["contact", "address", "delivery", "payment", "review"] as const
export type CheckoutStep = (typeof CHECKOUT_STEPS)[number]

/** What a refused step sends back: its field errors and exactly what the buyer typed. */
export type CheckoutActionData = {
  step: CheckoutStep
  errors: Record<string, string>
  values: Record<string, string>
}

/** How a cart's order reaches the buyer: collected at a point of sale, or delivered (the default). */
export function fulfilmentOf(cart: Pick<StoreCart, "metadata">): "delivery" | "pickup" {
  return cart.metadata?.fulfilment === "pickup" ? "pickup" : "delivery"
}

/**
 * Which steps the cart already satisfies. A pickup cart needs only who collects it; its delivery
 * step counts only with a pickup option, and a delivery cart's only with a delivery one (the ids of
 * the pickup options tell them apart).
 */
export function stepsDone(cart: StoreCart, pickupOptionIds: readonly string[] = []): Record<CheckoutStep, boolean> {
  const pickup = fulfilmentOf(cart) === "pickup"
  const address = cart.shipping_address
  const method = cart.shipping_methods[0]
  const methodIsPickup = pickupOptionIds.includes(method?.shipping_option_id ?? "")
  return {
    contact: Boolean(cart.email),
    address: pickup ? Boolean(address?.first_name && address.phone) : Boolean(address?.address_1),
    delivery: Boolean(method) && (pickupOptionIds.length === 0 || methodIsPickup === pickup),
    payment: typeof cart.metadata?.payment_method === "string",
    review: false,
  }
}

/** The address form's values from the cart, in the shape of the domain schemas. */
export function addressValues(
  address: StoreAddress | null,
  vietnam: boolean,
  fulfilment: "delivery" | "pickup" = "delivery",
): Record<string, string> {
  if (!address) return vietnam ? { fulfilment } : {}
  const fullName = [address.first_name, address.last_name].filter(Boolean).join(" ")
  const common = { full_name: fullName, phone: address.phone ?? "" }
  // A pickup cart's address is the showroom's: not the buyer's to edit.
  if (vietnam && fulfilment === "pickup") return { fulfilment, ...common }
  return vietnam
    ? {
        fulfilment,
        ...common,
        street: address.address_1 ?? "",
        province: address.province ?? "",
        commune: address.city ?? "",
      }
    : {
        ...common,
        street: address.address_1 ?? "",
        country_code: address.country_code ?? "",
        city: address.city ?? "",
        province: address.province ?? "",
        postal_code: address.postal_code ?? "",
      }
}
