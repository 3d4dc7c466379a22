import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { factsSql } from "../ocop-orders/order-facts-sql"
import { pickupCodeOf } from "../../../workflows/point-of-sale/pickup-code"

export const PICKUP_STATES = ["to_prepare", "ready", "handed_over", "not_collected"] as const
export type PickupState = (typeof PICKUP_STATES)[number]

export type QueueRow = {
  id: string
  display_id: number
  created_at: string
  status: string
  email: string | null
  customer_name: string | null
  phone: string | null
  total: number
  payment_status: string
  fulfillment_status: string
  state: PickupState
  ready_at: string | null
  collect_by: string | null
  pickup_code_hint: string
}

/** Where a pickup order is in the queue, from Medusa's statuses and the time it was announced ready. */
export function pickupStateOf(row: {
  status: string
  fulfillment_status: string
  ready_at: string | null
}): PickupState | null {
  if (row.status === "canceled") return row.ready_at ? "not_collected" : null
  if (row.fulfillment_status === "delivered") return "handed_over"
  if (row.fulfillment_status === "not_fulfilled") return "to_prepare"
  return "ready"
}

/**
 * The pickup orders of a place (its code on the pickup option), newest first, with their queue state.
 * The order facts are computed as the online order list computes them (decision 013).
 */
export async function pickupQueue(
  knex: Knex,
  place: { code: string; pickup_hold_days: number },
  filter: { state?: PickupState; limit: number; offset: number },
): Promise<{ rows: QueueRow[]; count: number }> {
  const facts = factsSql([
    "email",
    "customer_name",
    "phone",
    "total",
    "pickup_code",
    "payment_status",
    "fulfillment_status",
  ])
  const { rows } = await knex.raw(
    `SELECT f.*, o.metadata->>'pickup_ready_at' AS ready_at FROM (${facts}) f JOIN "order" o ON o.id = f.id
     WHERE f.pickup_code = ? ORDER BY f.created_at DESC LIMIT 1000`,
    [place.code],
  )
  const all = (rows as any[])
    .map((r) => {
      const state = pickupStateOf(r)
      const readyAt = r.ready_at ? new Date(r.ready_at) : null
      return {
        id: r.id,
        display_id: Number(r.display_id),
        created_at: r.created_at,
        status: r.status,
        email: r.email,
        customer_name: r.customer_name,
        phone: r.phone,
        total: Math.round(Number(r.total ?? 0)),
        payment_status: r.payment_status,
        fulfillment_status: r.fulfillment_status,
        state,
        ready_at: readyAt ? readyAt.toISOString() : null,
        collect_by: readyAt ? new Date(readyAt.getTime() + place.pickup_hold_days * 86_400_000).toISOString() : null,
        // The last two digits only: the clerk checks the buyer's code, never reads it from the screen.
        pickup_code_hint: `••••${pickupCodeOf(r.id).slice(4)}`,
      }
    })
    .filter((r): r is QueueRow => r.state !== null && (!filter.state || r.state === filter.state))
  return { rows: all.slice(filter.offset, filter.offset + filter.limit), count: all.length }
}
