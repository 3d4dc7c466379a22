import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { bilingualErrorMessage, chosenPaymentMethod, PAYMENT_PROVIDER_IDS, readyToPlace } from "@ocop/domain"
import { pickupOptionsByPlace, type PlaceRow } from "../../point-of-sale/pickup-options"

export const planOrderPlacementStepId = "plan-order-placement"

export type PlanOrderPlacementInput = { cart_id: string; customer_id: string | null }

/** The showroom address a pickup order is shipped to: the buyer who collects it, at the place. */
export type ShowroomAddress = {
  id: string
  company: string
  address_1: string
  city: string
  province: string
  postal_code: string
  country_code: "vn"
}

/** What placing the cart's order still has to do; `order_id` when it was placed already. */
export type OrderPlacementPlan = {
  cart_id: string
  order_id: string | null
  showroom_address: ShowroomAddress | null
  customer_id: string | null
  payment_collection_id: string | null
  provider_id: string
}

type CartFacts = {
  id: string
  email: string | null
  currency_code: string
  customer_id: string | null
  metadata: Record<string, unknown> | null
  shipping_address: { id: string; first_name: string | null; phone: string | null; address_1: string | null } | null
  shipping_methods: { shipping_option_id: string | null }[]
  payment_collection: { id: string } | null
}

/**
 * Reads the cart under its lock and decides what placing its order takes, writing nothing: the
 * order already placed (a double submit gets it back), or the checkout's steps checked with the
 * storefront's rule (@ocop/domain stepsDone) — else `checkout_incomplete` — then the showroom of a
 * pickup, the customer to attach, and the payment provider of the method chosen.
 */
export const planOrderPlacementStep = createStep(
  planOrderPlacementStepId,
  async (input: PlanOrderPlacementInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [{ data: carts }, { data: links }, places] = await Promise.all([
      query.graph({
        entity: "cart",
        fields: [
          "id",
          "email",
          "currency_code",
          "customer_id",
          "metadata",
          "shipping_address.id",
          "shipping_address.first_name",
          "shipping_address.phone",
          "shipping_address.address_1",
          "shipping_methods.shipping_option_id",
          "payment_collection.id",
        ],
        filters: { id: input.cart_id },
      }),
      query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: input.cart_id } }),
      pickupOptionsByPlace(container),
    ])
    const cart = carts[0] as unknown as CartFacts | undefined
    if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart id not found: ${input.cart_id}`)
    const placed = (links[0] as { order_id?: string } | undefined)?.order_id ?? null
    const plan: OrderPlacementPlan = {
      cart_id: cart.id,
      order_id: placed,
      showroom_address: null,
      customer_id: null,
      payment_collection_id: cart.payment_collection?.id ?? null,
      provider_id: PAYMENT_PROVIDER_IDS.cod,
    }
    if (placed) return new StepResponse(plan)

    // Only open places take pickups: a paused showroom's option no longer counts as a pickup.
    const open = [...places.values()].filter(({ place }) => place.status === "active")
    const method = chosenPaymentMethod(cart)
    if (
      !method ||
      !readyToPlace(
        cart,
        open.flatMap((p) => p.option_ids),
      )
    ) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        bilingualErrorMessage("checkout_incomplete"),
        "checkout_incomplete",
      )
    }
    const optionId = cart.shipping_methods[0]?.shipping_option_id ?? ""
    const showroom = open.find((p) => p.option_ids.includes(optionId))?.place
    plan.provider_id = PAYMENT_PROVIDER_IDS[method]
    plan.showroom_address =
      showroom && cart.shipping_address ? showroomAddress(cart.shipping_address.id, showroom) : null
    plan.customer_id = input.customer_id && input.customer_id !== cart.customer_id ? input.customer_id : null
    return new StepResponse(plan)
  },
)

function showroomAddress(addressId: string, place: PlaceRow): ShowroomAddress {
  return {
    id: addressId,
    company: place.name,
    address_1: place.address_1 ?? "",
    city: place.ward ?? "",
    province: place.province ?? "",
    postal_code: "",
    country_code: "vn",
  }
}
