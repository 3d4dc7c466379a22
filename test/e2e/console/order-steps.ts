/**
 * Steps of the order journeys: a buyer's order placed through the store API (as the storefront
 * does it), and reading an order back through the console's admin API.
 */
import { expect, type APIRequestContext } from "@playwright/test"
import { stackState } from "../support/store-api"
import { E2E_URLS } from "../support/ports.mjs"
import { adminGet } from "./console-steps"

const PROVIDERS = { cod: "pp_system_default", vietqr: "pp_vietqr_vietqr" } as const

async function store<T = any>(request: APIRequestContext, path: string, data?: unknown): Promise<T> {
  const headers = { "x-publishable-api-key": stackState().publishableKey }
  const res =
    data === undefined
      ? await request.get(`${E2E_URLS.backend}${path}`, { headers })
      : await request.post(`${E2E_URLS.backend}${path}`, { headers, data })
  expect(res.ok(), `${path} answered ${res.status()}: ${await res.text()}`).toBe(true)
  return (await res.json()) as T
}

export type PlacedOrder = { id: string; display_id: number; total: number }

/**
 * Places an order of one unit of the product (a demo handle) for `buyer`, paid by `payment`,
 * delivered to an address in Sa Pa or collected at the point of sale `pickup` (its code).
 */
export async function placeStoreOrder(
  request: APIRequestContext,
  input: {
    handle: string
    payment: keyof typeof PROVIDERS
    pickup?: string
    buyer: { name: string; email: string; phone: string }
  },
): Promise<PlacedOrder> {
  const { regions } = await store<{ regions: { id: string; currency_code: string }[] }>(request, "/store/regions")
  const region = regions.find((r) => r.currency_code === "vnd")!
  const { products } = await store(request, `/store/products?handle=${input.handle}&fields=id,variants.id`)
  const variantId = products[0].variants[0].id as string
  const { cart } = await store(request, "/store/carts", {
    region_id: region.id,
    items: [{ variant_id: variantId, quantity: 1 }],
  })
  const person = { first_name: input.buyer.name, last_name: "", phone: input.buyer.phone }
  let address: Record<string, string> = {
    ...person,
    address_1: "12 Cầu Mây",
    city: "Phường Sa Pa",
    province: "Lào Cai",
    country_code: "vn",
  }
  let optionId: string | undefined
  if (input.pickup) {
    const { pickup_points } = await store(request, "/store/pickup-points")
    const point = pickup_points.find((p: { code: string }) => p.code === input.pickup)
    optionId = point.shipping_option_ids[0]
    address = { ...person, ...point.address_parts, country_code: "vn" }
  }
  await store(request, `/store/carts/${cart.id}`, {
    email: input.buyer.email,
    shipping_address: address,
    metadata: { fulfilment: input.pickup ? "pickup" : "delivery", payment_method: input.payment },
  })
  if (!optionId) {
    const { shipping_options } = await store(request, `/store/shipping-options?cart_id=${cart.id}`)
    optionId = shipping_options.find((o: { type: { code: string } }) => o.type.code !== "pickup").id
  }
  await store(request, `/store/carts/${cart.id}/shipping-methods`, { option_id: optionId })
  const { payment_collection } = await store(request, "/store/payment-collections", { cart_id: cart.id })
  await store(request, `/store/payment-collections/${payment_collection.id}/payment-sessions`, {
    provider_id: PROVIDERS[input.payment],
  })
  const done = await store(request, `/store/carts/${cart.id}/complete`, {})
  expect(done.type, JSON.stringify(done)).toBe("order")
  return { id: done.order.id, display_id: done.order.display_id, total: done.order.total }
}

/** The console's view of an order (GET /admin/ocop-orders/:id) as a staff member sees it. */
export async function consoleOrder(request: APIRequestContext, token: string, id: string) {
  const res = await adminGet<{ order: any }>(request, token, `/admin/ocop-orders/${id}`)
  expect(res.status).toBe(200)
  return res.body.order
}

/** The console's view of the order with that number, found through the list's search ("#12"). */
export async function consoleOrderByNumber(request: APIRequestContext, token: string, number: number) {
  const res = await adminGet<{ orders: { id: string }[] }>(
    request,
    token,
    `/admin/ocop-orders?q=${encodeURIComponent(`#${number}`)}`,
  )
  expect(res.status).toBe(200)
  expect(res.body.orders).toHaveLength(1)
  return consoleOrder(request, token, res.body.orders[0]!.id)
}
