/** Checkout steps and form values: shared by the checkout page and its server code. */
import type { StoreAddress, StoreCart } from "./cart-types";

export const CHECKOUT_STEPS = ["contact", "address", "delivery", "payment", "review"] as const;
export type CheckoutStep = (typeof CHECKOUT_STEPS)[number];

/** What a refused step sends back: its field errors and exactly what the buyer typed. */
export type CheckoutActionData = {
  step: CheckoutStep;
  errors: Record<string, string>;
  values: Record<string, string>;
};

/** Which steps the cart already satisfies. */
export function stepsDone(cart: StoreCart): Record<CheckoutStep, boolean> {
  return {
    contact: Boolean(cart.email),
    address: Boolean(cart.shipping_address?.address_1),
    delivery: cart.shipping_methods.length > 0,
    payment: typeof cart.metadata?.payment_method === "string",
    review: false,
  };
}

/** The address form's values from the cart, in the shape of the domain schemas. */
export function addressValues(address: StoreAddress | null, vietnam: boolean): Record<string, string> {
  if (!address) return {};
  const fullName = [address.first_name, address.last_name].filter(Boolean).join(" ");
  const common = { full_name: fullName, phone: address.phone ?? "", street: address.address_1 ?? "" };
  return vietnam
    ? { ...common, province: address.province ?? "", commune: address.city ?? "" }
    : {
        ...common,
        country_code: address.country_code ?? "",
        city: address.city ?? "",
        province: address.province ?? "",
        postal_code: address.postal_code ?? "",
      };
}

