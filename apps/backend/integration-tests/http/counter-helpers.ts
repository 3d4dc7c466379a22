import crypto from "node:crypto"
import { expect } from "vitest"
import { shopProduct, sqlRows } from "./checkout-helpers"
import { adminToken, api, staffMember, unique } from "./helpers"

export type Place = {
  id: string
  code: string
  stock_location_id: string
  sales_channel_id: string
  registerId: string
}

/** A new place of sale made through the admin API, with its first register. */
export async function createPlace(token: string, overrides: Record<string, unknown> = {}): Promise<Place> {
  const code = `test-${unique()}`
  const res = await api("/admin/points-of-sale", {
    token,
    body: {
      code,
      handle: code,
      name: `Điểm bán thử ${code}`,
      address_1: "Số 1 đường Thử",
      ward: "Phường Sa Pa",
      opening_hours: [{ days: [1, 2, 3, 4, 5, 6, 7], opens: "07:00", closes: "22:00" }],
      seller_tax_code: "5300000000",
      ...overrides,
    },
  })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  const registers = await api(`/admin/points-of-sale/${res.body.point_of_sale.id}/registers`, { token })
  return { ...res.body.point_of_sale, registerId: registers.body.registers[0].id }
}

/** Puts `units` of an inventory item on a place's shelf. */
export async function stockPlace(token: string, inventoryItemId: string, locationId: string, units: number) {
  const res = await api(`/admin/inventory-items/${inventoryItemId}/location-levels`, {
    token,
    body: { location_id: locationId, stocked_quantity: units },
  })
  expect(res.status, JSON.stringify(res.body)).toBe(200)
}

/** A certified product with `warehouse` units at the warehouse and `here` units at the place. */
export async function productAt(token: string, place: Place, here: number, warehouse = 10, price = 150_000) {
  const product = await shopProduct(token, { price, stock: warehouse })
  await stockPlace(token, product.inventoryItemId!, place.stock_location_id, here)
  return product as typeof product & { inventoryItemId: string; warehouseId: string }
}

/** A clerk (pos_clerk) tied to the given places, signed in. */
export async function clerkOf(admin: string, placeIds: string[]) {
  const member = await staffMember(admin, null)
  const set = await api(`/admin/staff/${member.id}/role`, {
    token: admin,
    body: { role: "pos_clerk", point_of_sale_ids: placeIds },
  })
  expect(set.status, JSON.stringify(set.body)).toBe(200)
  return member
}

/** Opens the register with a float; returns the session id. */
export async function openSession(token: string, registerId: string, float = 500_000): Promise<string> {
  const res = await api("/admin/register-sessions", { token, body: { register_id: registerId, opening_float: float } })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body.register_session.id
}

/** Sends a sale as the counter screen does, with a fresh idempotency key unless one is given. */
export function sell(
  token: string,
  sessionId: string,
  body: { lines: { variant_id: string; quantity: number; discount?: number }[]; payments: unknown[] } & Record<
    string,
    unknown
  >,
  headers: Record<string, string> = {},
) {
  return api("/admin/counter-sales", {
    token,
    headers,
    body: { idempotency_key: `k-${crypto.randomUUID()}`, register_session_id: sessionId, ...body },
  })
}

/** Stocked and reserved units at a location. */
export async function levelAt(inventoryItemId: string, locationId: string) {
  const [row] = await sqlRows<{ stocked: number; reserved: number; incoming: number }>(
    `SELECT stocked_quantity::int AS stocked, reserved_quantity::int AS reserved, incoming_quantity::int AS incoming
     FROM inventory_level WHERE inventory_item_id = $1 AND location_id = $2 AND deleted_at IS NULL`,
    [inventoryItemId, locationId],
  )
  return row ?? { stocked: 0, reserved: 0, incoming: 0 }
}

/** An administrator, a trade-promotion member and the setup most counter tests share. */
export async function counterWorld() {
  const admin = await adminToken()
  const promotion = await staffMember(admin, "trade_promotion")
  const place = await createPlace(admin)
  const clerk = await clerkOf(admin, [place.id])
  return { admin, promotion, place, clerk }
}
