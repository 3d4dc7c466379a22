/**
 * Checkout form values, shared by the checkout page and its server code; the steps themselves and
 * when a cart satisfies them are @ocop/domain's (checkout-steps.ts), which the backend places by.
 */
import type { CheckoutStep } from "@ocop/domain"
import type { StoreAddress } from "./cart-types"

/** What a refused step sends back: its field errors and exactly what the buyer typed. */
export type CheckoutActionData = {
  step: CheckoutStep
  errors: Record<string, string>
  values: Record<string, string>
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
