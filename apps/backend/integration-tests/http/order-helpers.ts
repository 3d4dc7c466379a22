import { expect } from "vitest"
import { adminToken, api, staffMember } from "./helpers"
import { shopProduct, sqlRows } from "./checkout-helpers"

export const PROVIDERS = { cod: "pp_system_default", vietqr: "pp_vietqr_vietqr" } as const

/** A staff member with `role` (null: none), signed in. */
export async function staffToken(admin: string, role: string | null): Promise<string> {
  return (await staffMember(admin, role)).token
}

/** Tokens of an administrator, a trade-promotion member, an OCOP office member and a user without role. */
export async function orderStaff() {
  const admin = await adminToken()
  const [promotion, office, none] = await Promise.all([
    staffToken(admin, "trade_promotion"),
    staffToken(admin, "ocop_office"),
    staffToken(admin, null),
  ])
  return { admin, promotion, office, none }
}

export type StockedVariant = { variantId: string; inventoryItemId: string; warehouseId: string }

/** A certified product in the shop's channel with `stock` units at the warehouse (Kho Lào Cai). */
export async function stockedVariant(admin: string, stock: number, price = 150_000): Promise<StockedVariant> {
  const { variantId, inventoryItemId, warehouseId } = await shopProduct(admin, { price, stock })
  return { variantId, inventoryItemId: inventoryItemId!, warehouseId: warehouseId! }
}

/** Stocked and reserved units of an inventory item at a location. */
export async function stockAt(inventoryItemId: string, locationId: string) {
  const [row] = await sqlRows<{ stocked: number; reserved: number }>(
    "SELECT stocked_quantity::int AS stocked, reserved_quantity::int AS reserved FROM inventory_level WHERE inventory_item_id = $1 AND location_id = $2 AND deleted_at IS NULL",
    [inventoryItemId, locationId],
  )
  return row
}

export type Buyer = { first_name: string; last_name: string; phone: string; email: string }

/** A buyer whose email and name carry `tag`, so that a search finds only this test's orders. */
export function buyer(tag: string, overrides: Partial<Buyer> = {}): Buyer {
  return {
    first_name: "Mai",
    last_name: `Nguyễn Thị ${tag}`,
    phone: "0912 345 678",
    email: `mai-${tag}@example.vn`,
    ...overrides,
  }
}

/**
 * Places an order through the store API as the storefront does: delivery to an address, or pickup
 * at the showroom with that point-of-sale code (its address becomes the shipping address).
 */
export async function placeOrder(
  key: string,
  regionId: string,
  input: { variantId: string; quantity?: number; provider: keyof typeof PROVIDERS; pickup?: string; buyer: Buyer },
): Promise<{ id: string; display_id: number; total: number }> {
  const cart = await api("/store/carts", {
    key,
    body: { region_id: regionId, items: [{ variant_id: input.variantId, quantity: input.quantity ?? 1 }] },
  })
  expect(cart.status, JSON.stringify(cart.body)).toBe(200)
  const id = cart.body.cart.id as string
  const { email, ...person } = input.buyer
  let address: Record<string, unknown> = {
    ...person,
    address_1: "12 Cầu Mây",
    city: "Phường Sa Pa",
    province: "Lào Cai",
    country_code: "vn",
  }
  let optionId: string | undefined
  if (input.pickup) {
    const points = await api("/store/pickup-points", { key })
    const point = points.body.pickup_points.find((p: { code: string }) => p.code === input.pickup)
    expect(point, `pickup point ${input.pickup}`).toBeTruthy()
    optionId = point.shipping_option_ids[0]
    address = { ...person, ...point.address_parts, country_code: "vn" }
  }
  const updated = await api(`/store/carts/${id}`, {
    key,
    body: { email, shipping_address: address, metadata: { fulfilment: input.pickup ? "pickup" : "delivery" } },
  })
  expect(updated.status, JSON.stringify(updated.body)).toBe(200)
  if (!optionId) {
    const options = await api(`/store/shipping-options?cart_id=${id}`, { key })
    optionId = options.body.shipping_options.find((o: { type: { code: string } }) => o.type.code !== "pickup").id
  }
  expect((await api(`/store/carts/${id}/shipping-methods`, { key, body: { option_id: optionId } })).status).toBe(200)
  const collection = await api("/store/payment-collections", { key, body: { cart_id: id } })
  const session = await api(`/store/payment-collections/${collection.body.payment_collection.id}/payment-sessions`, {
    key,
    body: { provider_id: PROVIDERS[input.provider] },
  })
  expect(session.status, JSON.stringify(session.body)).toBe(200)
  const done = await api(`/store/carts/${id}/complete`, { key, method: "POST" })
  expect(done.body.type, JSON.stringify(done.body)).toBe("order")
  return { id: done.body.order.id, display_id: done.body.order.display_id, total: done.body.order.total }
}

/** Calls an order action of the console as `token`; `en` asks for English messages. */
export function orderAction(token: string, orderId: string, action: string, body: unknown = {}, en = false) {
  return api(`/admin/ocop-orders/${orderId}/${action}`, { token, body, headers: en ? { "accept-language": "en" } : {} })
}

/** The console's view of an order. */
export async function orderView(token: string, orderId: string) {
  const res = await api(`/admin/ocop-orders/${orderId}`, { token })
  expect(res.status, JSON.stringify(res.body)).toBe(200)
  return res.body.order
}
