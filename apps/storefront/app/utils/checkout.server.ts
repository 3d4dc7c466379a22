import { data, redirect } from "@remix-run/node"
import {
  type CheckoutStep,
  checkoutContactSchema,
  deliveryChoiceSchema,
  fieldErrors,
  fulfilmentOf,
  internationalAddressSchema,
  paymentChoiceSchema,
  vietnamCheckoutAddressSchema,
} from "@ocop/domain"
import { translate, type Locale } from "~/i18n"
import { forgetCart } from "./cart-actions.server"
import type { PickupPoint, StoreCart, StoreShippingOption } from "./cart-types"
import type { CheckoutActionData } from "./checkout-steps"
import { cartProblem, updateCart } from "./cart.server"
import { pickupPoints, storeCall } from "./medusa.server"

/** The ids of the shipping options that lead to a showroom. */
export function pickupOptionIds(points: PickupPoint[]): string[] {
  return points.flatMap((p) => p.shipping_option_ids)
}

/** Shipping options for the cart's address, and the showrooms behind the pickup ones. */
export async function deliveryChoices(
  cart: StoreCart,
): Promise<{ options: StoreShippingOption[]; pickupPoints: PickupPoint[] }> {
  if (!cart.shipping_address?.country_code) return { options: [], pickupPoints: [] }
  const [options, points] = await Promise.all([
    storeCall<{ shipping_options: StoreShippingOption[] }>(`/store/shipping-options?cart_id=${cart.id}`),
    pickupPoints(),
  ])
  return { options: options.ok ? options.body.shipping_options : [], pickupPoints: points }
}

function formValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {}
  for (const [key, value] of form.entries()) if (typeof value === "string" && key !== "intent") values[key] = value
  return values
}

function refused(step: CheckoutStep, errors: Record<string, string>, values: Record<string, string>) {
  return data<CheckoutActionData>({ step, errors, values }, 400)
}

const NEXT: Record<CheckoutStep, string> = {
  contact: "/checkout#address",
  address: "/checkout#delivery",
  delivery: "/checkout#payment",
  payment: "/checkout#review",
  review: "/checkout",
}

/** Saves one checkout step to the Medusa cart, validated with the same schema as the browser's. */
export async function saveStep(cart: StoreCart, form: FormData, locale: Locale) {
  const intent = String(form.get("intent") ?? "") as CheckoutStep
  const values = formValues(form)
  const vietnam = cart.currency_code === "vnd"

  if (intent === "contact") {
    const parsed = checkoutContactSchema.safeParse(values)
    if (!parsed.success) return refused(intent, fieldErrors(parsed.error, locale), values)
    const saved = await updateCart(cart.id, { email: parsed.data.email }, locale)
    if (!saved.ok) return refused(intent, { email: saved.message }, values)
  } else if (intent === "address") {
    const schema = vietnam ? vietnamCheckoutAddressSchema : internationalAddressSchema
    const parsed = schema.safeParse(values)
    if (!parsed.success) return refused(intent, fieldErrors(parsed.error, locale), values)
    const a = parsed.data as Record<string, string | null | undefined>
    const pickup = a.fulfilment === "pickup"
    // Pickup: only who collects it; the showroom becomes the shipping address when the order is placed.
    const address = {
      first_name: a.full_name,
      last_name: "",
      phone: a.phone,
      address_1: pickup ? "" : a.street,
      city: pickup ? "" : vietnam ? a.commune : a.city,
      province: pickup ? "" : (a.province ?? ""),
      postal_code: vietnam ? "" : (a.postal_code ?? ""),
      country_code: vietnam ? "vn" : a.country_code,
    }
    const metadata = vietnam
      ? { metadata: { ...(cart.metadata ?? {}), fulfilment: pickup ? "pickup" : "delivery" } }
      : {}
    const saved = await updateCart(
      cart.id,
      { shipping_address: address, billing_address: address, ...metadata },
      locale,
    )
    if (!saved.ok) return refused(intent, { "": saved.message }, values)
  } else if (intent === "delivery") {
    const parsed = deliveryChoiceSchema.safeParse(values)
    if (!parsed.success) return refused(intent, fieldErrors(parsed.error, locale), values)
    // The option must match the address step's choice (a stale page could post the other kind).
    const isPickup = pickupOptionIds(await pickupPoints()).includes(parsed.data.shipping_option_id)
    if (isPickup !== (fulfilmentOf(cart) === "pickup")) {
      return refused(intent, { shipping_option_id: translate(locale, "checkout.noOptions") }, values)
    }
    const saved = await storeCall(`/store/carts/${cart.id}/shipping-methods`, {
      body: { option_id: parsed.data.shipping_option_id },
      locale,
    })
    if (!saved.ok) return refused(intent, { shipping_option_id: translate(locale, "checkout.noOptions") }, values)
  } else if (intent === "payment") {
    const parsed = paymentChoiceSchema.safeParse(values)
    if (!parsed.success) return refused(intent, fieldErrors(parsed.error, locale), values)
    if (parsed.data.payment_method === "vietqr" && !vietnam) {
      return refused(intent, { payment_method: translate(locale, "checkout.vietqrVndOnly") }, values)
    }
    const saved = await updateCart(
      cart.id,
      { metadata: { ...(cart.metadata ?? {}), payment_method: parsed.data.payment_method } },
      locale,
    )
    if (!saved.ok) return refused(intent, { payment_method: saved.message }, values)
  } else {
    return redirect("/checkout")
  }
  return redirect(NEXT[intent])
}

/** Tries a "busy" placement this many times in all before telling the buyer to try again. */
const PLACE_ATTEMPTS = 3

/**
 * Places the order in one request: the backend (POST /store/carts/:id/place, a workflow under the
 * cart's lock) checks the steps with the same rule as this page, moves a pickup to its showroom,
 * gives a signed-in buyer's cart to them, opens the payment and completes the cart, undoing all of
 * it when a step fails. A second "place" (double click) gets the same order. Refusals come back with
 * a code from @ocop/domain, which picks the buyer's words.
 */
export async function placeOrder(cart: StoreCart, locale: Locale, customerToken: string | null = null) {
  const send = () =>
    storeCall<{ order: { id: string } }>(`/store/carts/${cart.id}/place`, {
      method: "POST",
      locale,
      token: customerToken,
    })
  let placed = await send()
  // "busy": other checkouts held the same stock past the backend's lock wait and nothing was written,
  // so sending the same placement again is safe (a placed cart answers with its order).
  for (let attempt = 1; attempt < PLACE_ATTEMPTS && !placed.ok && placed.code === "busy"; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 1000))
    placed = await send()
  }
  if (placed.ok) {
    return redirect(`/order/${placed.body.order.id}/confirmed`, { headers: { "Set-Cookie": await forgetCart() } })
  }
  if (placed.code === "checkout_incomplete") {
    return refused("review", { "": translate(locale, "checkout.completeSteps") }, {})
  }
  const onlyLine = cart.items.length === 1 ? (cart.items[0]!.variant_id ?? null) : null
  const reason = await cartProblem(placed.code, onlyLine, locale)
  return refused("review", { "": translate(locale, "checkout.placeFailed", { reason }) }, {})
}
