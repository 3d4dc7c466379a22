import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { BoothLossReason } from "@ocop/domain"
import { eventError } from "../errors"
import { eventService, loadWritableEvent } from "../load"

export type BoothStockKind = "declared" | "lost"

export type BoothStockInput = {
  event_id: string
  kind: BoothStockKind
  /** The producer that brings the units (declared); none for a loss. */
  producer_id: string | null
  lines: { variant_id: string; quantity: number }[]
  reason: BoothLossReason | null
  note: string | null
  actor_id: string
}

type Move = { variant_id: string; inventory_item_id: string; title: string; quantity: number }
type Plan = { location_id: string; moves: Move[] }

/**
 * Checks a declaration or a loss before anything moves: the event is not closed (409
 * `event_closed`), a declaring producer takes part (accepted) and brings only its own products, the
 * variants are stocked ones, and a loss is no more than the booth holds.
 */
export const planBoothStockStep = createStep("plan-booth-stock", async (input: BoothStockInput, { container }) => {
  const event = await loadWritableEvent(container, input.event_id)
  if (!event.stock_location_id) throw eventError("event_not_found")
  if (
    input.kind === "declared" &&
    !event.participants.some((p) => p.producer_id === input.producer_id && p.status === "accepted")
  ) {
    throw eventError("producer_not_participant")
  }
  const units = new Map<string, number>()
  for (const l of input.lines) units.set(l.variant_id, (units.get(l.variant_id) ?? 0) + l.quantity)
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await knex.raw(
    `SELECT v.id AS variant_id, v.product_id, vii.inventory_item_id,
            p.title || CASE WHEN v.title IS NULL OR v.title = '' THEN '' ELSE ' – ' || v.title END AS title,
            COALESCE(il.stocked_quantity, 0) AS on_hand
       FROM product_variant v JOIN product p ON p.id = v.product_id AND p.deleted_at IS NULL
       JOIN product_variant_inventory_item vii ON vii.variant_id = v.id AND vii.deleted_at IS NULL
       LEFT JOIN inventory_level il ON il.inventory_item_id = vii.inventory_item_id AND il.location_id = ?
                                   AND il.deleted_at IS NULL
      WHERE v.id = ANY(?) AND v.deleted_at IS NULL`,
    [event.stock_location_id, [...units.keys()]],
  )
  const found = rows as {
    variant_id: string
    product_id: string
    inventory_item_id: string
    title: string
    on_hand: number
  }[]
  if (found.length !== units.size) throw eventError("booth_variant_unknown")
  if (input.kind === "declared") {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product",
      fields: ["id", "producer.id"],
      filters: { id: [...new Set(found.map((r) => r.product_id))] },
    })
    const theirs = (data as { producer?: { id: string } | null }[]).every((p) => p.producer?.id === input.producer_id)
    if (!theirs) throw eventError("product_not_of_producer")
  } else if (found.some((r) => units.get(r.variant_id)! > Number(r.on_hand))) {
    throw eventError("booth_loss_above_stock")
  }
  return new StepResponse<Plan>({
    location_id: event.stock_location_id,
    moves: found.map((r) => ({
      variant_id: r.variant_id,
      inventory_item_id: r.inventory_item_id,
      title: r.title,
      quantity: units.get(r.variant_id)!,
    })),
  })
})

/**
 * Raises (declared) or lowers (lost) the booth's levels under the inventory locks, as transfers and
 * returns do, making a level where the booth never held the item; the compensation moves them back.
 */
export const moveBoothStockStep = createStep(
  "move-booth-stock",
  async (input: { plan: Plan; kind: BoothStockKind }, { container }) => {
    const inventory = container.resolve(Modules.INVENTORY)
    const sign = input.kind === "declared" ? 1 : -1
    const moves = input.plan.moves.map((m) => ({
      inventoryItemId: m.inventory_item_id,
      locationId: input.plan.location_id,
      adjustment: sign * m.quantity,
    }))
    await container.resolve(Modules.LOCKING).execute([...new Set(moves.map((m) => m.inventoryItemId))], async () => {
      const levels = await inventory.listInventoryLevels({
        inventory_item_id: moves.map((m) => m.inventoryItemId),
        location_id: input.plan.location_id,
      })
      const missing = moves.filter((m) => !levels.some((l) => l.inventory_item_id === m.inventoryItemId))
      if (missing.length) {
        await inventory.createInventoryLevels(
          missing.map((m) => ({
            inventory_item_id: m.inventoryItemId,
            location_id: m.locationId,
            stocked_quantity: 0,
          })),
        )
      }
      await inventory.adjustInventory(moves)
    })
    return new StepResponse(null, moves)
  },
  async (moves, { container }) => {
    if (!moves?.length) return
    const inventory = container.resolve(Modules.INVENTORY)
    await container
      .resolve(Modules.LOCKING)
      .execute([...new Set(moves.map((m) => m.inventoryItemId))], () =>
        inventory.adjustInventory(moves.map((m) => ({ ...m, adjustment: -m.adjustment }))),
      )
  },
)

/** The record the report's reconciliation reads; the compensation removes it. */
export const saveBoothStockStep = createStep(
  "save-booth-stock",
  async (input: { values: BoothStockInput; plan: Plan }, { container }) => {
    const { values } = input
    const rows = await eventService(container).createEventBoothStocks(
      input.plan.moves.map((m) => ({
        event_id: values.event_id,
        kind: values.kind,
        producer_id: values.producer_id,
        variant_id: m.variant_id,
        inventory_item_id: m.inventory_item_id,
        title: m.title,
        quantity: m.quantity,
        reason: values.reason,
        note: values.note,
        recorded_by: values.actor_id,
      })),
    )
    return new StepResponse(
      rows.map((r) => r.id),
      rows.map((r) => r.id),
    )
  },
  async (ids, { container }) => {
    if (ids?.length) await eventService(container).deleteEventBoothStocks(ids)
  },
)
