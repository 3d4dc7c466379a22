import { data, redirect } from "@remix-run/node"
import {
  checkoutContactSchema,
  deliveryChoiceSchema,
  fieldErrors,
  internationalAddressSchema,
  PAYMENT_PROVIDER_IDS,
  paymentChoiceSchema,
  vietnamCheckoutAddressSchema,
} from "@ocop/domain"
import { translate, type Locale } from "~/i18n"
import { attachCartToCustomer } from "./account.server"
import { forgetCart } from "./cart-actions.server"
import type { PickupPoint, StoreCart, StoreShippingOption } from "./cart-types"
import { fulfilmentOf, stepsDone, type CheckoutActionData, type CheckoutStep } from "./checkout-steps"
import { cartProblem, updateCart } from "./cart.server"
import { pickupPoints, storeCall } from "./medusa.server"
import { pickupPointFor } from "./pickup-points"

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

/**
 * Places the order: a payment session for the chosen method, then Medusa's cart completion, which
 * is idempotent per cart (a double submit gets the same order). Refusals come back as a message.
 */
export async function placeOrder(cart: StoreCart, locale: Locale, customerToken: string | null = null) {
  if (cart.completed_at) return complete(cart, locale)
  const points = await pickupPoints()
  const done = stepsDone(cart, pickupOptionIds(points))
  if (!done.contact || !done.address || !done.delivery || !done.payment) {
    return refused("review", { "": translate(locale, "checkout.completeSteps") }, {})
  }
  const point = pickupPointFor(points, cart.shipping_methods[0]?.shipping_option_id)
  if (point) {
    const moved = await updateCart(cart.id, { shipping_address: showroomAddress(cart, point) }, locale)
    if (!moved.ok)
      return refused("review", { "": translate(locale, "checkout.placeFailed", { reason: moved.message }) }, {})
  }
  const method = cart.metadata?.payment_method === "vietqr" ? "vietqr" : "cod"
  let collectionId = cart.payment_collection?.id
  if (!collectionId) {
    const created = await storeCall<{ payment_collection: { id: string } }>("/store/payment-collections", {
      body: { cart_id: cart.id },
      locale,
    })
    if (!created.ok)
      return refused("review", { "": translate(locale, "checkout.placeFailed", { reason: created.message }) }, {})
    collectionId = created.body.payment_collection.id
  }
  const session = await storeCall(`/store/payment-collections/${collectionId}/payment-sessions`, {
    body: { provider_id: PAYMENT_PROVIDER_IDS[method] },
    locale,
  })
  if (!session.ok)
    return refused("review", { "": translate(locale, "checkout.placeFailed", { reason: session.message }) }, {})
  // A logged-in buyer's order goes to their history; guests simply skip this.
  if (customerToken) await attachCartToCustomer(cart.id, customerToken)
  return complete(cart, locale)
}

/** A pickup order's shipping address: the buyer who collects it, at the showroom. */
function showroomAddress(cart: StoreCart, point: PickupPoint) {
  const parts = point.address_parts ?? { address_1: point.address, city: "", province: "" }
  return {
    first_name: cart.shipping_address?.first_name ?? "",
    last_name: cart.shipping_address?.last_name ?? "",
    phone: cart.shipping_address?.phone ?? "",
    company: point.name,
    address_1: parts.address_1,
    city: parts.city,
    province: parts.province,
    postal_code: "",
    country_code: "vn",
  }
}

/** Tries a "busy" completion this many times in all before telling the buyer to try again. */
const COMPLETE_ATTEMPTS = 3

async function complete(cart: StoreCart, locale: Locale) {
  const send = () =>
    storeCall<{ type: "order"; order: { id: string } } | { type: "cart"; error: { message: string } }>(
      `/store/carts/${cart.id}/complete`,
      { method: "POST", locale },
    )
  let completed = await send()
  // "busy": other checkouts held the same stock past the backend's lock wait and nothing was written,
  // so sending the same completion again is safe (a completed cart answers with its order).
  for (let attempt = 1; attempt < COMPLETE_ATTEMPTS && !completed.ok && completed.code === "busy"; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 1000))
    completed = await send()
  }
  if (completed.ok && completed.body.type === "order") {
    return redirect(`/order/${completed.body.order.id}/confirmed`, { headers: { "Set-Cookie": await forgetCart() } })
  }
  // A refused line names its reason in `code`; a refused payment comes back as a cart with an error.
  const code = completed.ok ? undefined : completed.code
  const reason = completed.ok
    ? completed.body.type === "cart"
      ? completed.body.error.message
      : ""
    : await cartProblem(code, cart.items.length === 1 ? (cart.items[0]!.variant_id ?? null) : null, locale)
  return refused("review", { "": translate(locale, "checkout.placeFailed", { reason }) }, {})
}
