import type { PaymentMethod } from "./address-schemas"

/**
 * The checkout's steps and when a cart satisfies each: one rule for the storefront, which shows
 * the next open step, and the backend, which places an order only from a cart with every step done.
 */
export const CHECKOUT_STEPS = ["contact", "address", "delivery", "payment", "review"] as const
export type CheckoutStep = (typeof CHECKOUT_STEPS)[number]

/** What the rule reads of a Medusa cart. */
export type CheckoutCart = {
  email?: string | null
  currency_code: string
  metadata?: Record<string, unknown> | null
  shipping_address?: { first_name?: string | null; phone?: string | null; address_1?: string | null } | null
  shipping_methods?: readonly { shipping_option_id?: string | null }[] | null
}

/** How a cart's order reaches the buyer: collected at a point of sale, or delivered (the default). */
export function fulfilmentOf(cart: Pick<CheckoutCart, "metadata">): "delivery" | "pickup" {
  return cart.metadata?.fulfilment === "pickup" ? "pickup" : "delivery"
}

/**
 * The payment method the buyer chose, when the cart's currency allows it: a VietQR transfer is in
 * đồng only (decision 008), so a USD cart holding "vietqr" has not chosen yet.
 */
export function chosenPaymentMethod(cart: Pick<CheckoutCart, "metadata" | "currency_code">): PaymentMethod | null {
  const chosen = cart.metadata?.payment_method
  if (chosen === "cod") return "cod"
  if (chosen === "vietqr" && cart.currency_code === "vnd") return "vietqr"
  return null
}

/**
 * Which steps the cart already satisfies. A pickup cart needs only who collects it; its delivery
 * step counts only with a pickup option, and a delivery cart's only with a delivery one (the ids of
 * the pickup options tell them apart; with none known, any method counts).
 */
export function stepsDone(cart: CheckoutCart, pickupOptionIds: readonly string[] = []): Record<CheckoutStep, boolean> {
  const pickup = fulfilmentOf(cart) === "pickup"
  const address = cart.shipping_address
  const method = cart.shipping_methods?.[0]
  const methodIsPickup = pickupOptionIds.includes(method?.shipping_option_id ?? "")
  return {
    contact: Boolean(cart.email),
    address: pickup ? Boolean(address?.first_name && address.phone) : Boolean(address?.address_1),
    delivery: Boolean(method) && (pickupOptionIds.length === 0 || methodIsPickup === pickup),
    payment: chosenPaymentMethod(cart) !== null,
    review: false,
  }
}

/** Whether the order can be placed: every step before the review is done. */
export function readyToPlace(cart: CheckoutCart, pickupOptionIds: readonly string[]): boolean {
  const done = stepsDone(cart, pickupOptionIds)
  return done.contact && done.address && done.delivery && done.payment
}
