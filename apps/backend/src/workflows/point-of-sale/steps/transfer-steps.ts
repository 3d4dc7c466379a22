import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { receiptLineProblem, type DomainLocale, type TransferReceipt } from "@ocop/domain"
import { POINT_OF_SALE_MODULE } from "../../../modules/point-of-sale"
import type PointOfSaleModuleService from "../../../modules/point-of-sale/service"
import { posError } from "../errors"

const places = (container: { resolve: <T>(key: string) => T }) =>
  container.resolve<PointOfSaleModuleService>(POINT_OF_SALE_MODULE)

type Line = { id: string; inventory_item_id: string; quantity: number; reservation_id: string | null }
type Level = { inventory_item_id: string; location_id: string }

/** Adds `delta` to the incoming quantity of each level, creating the level at the destination when missing. */
async function addIncoming(container: any, levels: (Level & { delta: number })[]) {
  const inventory = container.resolve(Modules.INVENTORY)
  for (const l of levels) {
    const [level] = await inventory.listInventoryLevels({
      inventory_item_id: l.inventory_item_id,
      location_id: l.location_id,
    })
    if (!level) {
      await inventory.createInventoryLevels([{ ...l, stocked_quantity: 0, incoming_quantity: Math.max(0, l.delta) }])
      continue
    }
    await inventory.updateInventoryLevels([
      {
        inventory_item_id: l.inventory_item_id,
        location_id: l.location_id,
        incoming_quantity: Number(level.incoming_quantity) + l.delta,
      },
    ])
  }
}

export type CreateTransferInput = {
  from_location_id: string
  to_location_id: string
  note: string | null
  lines: { variant_id: string; quantity: number }[]
  actor_id: string
  locale: DomainLocale
}

/** A draft transfer: the variants are resolved to their inventory items and must be kept at the source. */
export const createTransferStep = createStep(
  "create-stock-transfer",
  async (input: CreateTransferInput, { container }) => {
    const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const { rows: locations } = await knex.raw(
      `SELECT id FROM stock_location WHERE id = ANY(?) AND deleted_at IS NULL`,
      [[input.from_location_id, input.to_location_id]],
    )
    if (locations.length !== 2) throw posError("location_unknown", input.locale)
    const { rows } = await knex.raw(
      `SELECT v.id AS variant_id, vii.inventory_item_id, p.title || CASE WHEN v.title IS NULL OR v.title = '' THEN '' ELSE ' – ' || v.title END AS title,
              v.sku, il.id IS NOT NULL AS at_source
       FROM product_variant v JOIN product p ON p.id = v.product_id
       JOIN product_variant_inventory_item vii ON vii.variant_id = v.id AND vii.deleted_at IS NULL
       LEFT JOIN inventory_level il ON il.inventory_item_id = vii.inventory_item_id AND il.location_id = ? AND il.deleted_at IS NULL
       WHERE v.id = ANY(?) AND v.deleted_at IS NULL`,
      [input.from_location_id, input.lines.map((l) => l.variant_id)],
    )
    const byVariant = new Map((rows as any[]).map((r) => [r.variant_id, r]))
    for (const line of input.lines) {
      const row = byVariant.get(line.variant_id)
      if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `variant ${line.variant_id}`, "variant_not_found")
      if (!row.at_source) throw posError("not_stocked_at_source", input.locale)
    }
    const transfer = await places(container).createStockTransfers({
      from_location_id: input.from_location_id,
      to_location_id: input.to_location_id,
      note: input.note,
      created_by: input.actor_id,
      lines: input.lines.map((l) => {
        const row = byVariant.get(l.variant_id)!
        return {
          variant_id: l.variant_id,
          inventory_item_id: row.inventory_item_id,
          title: row.title,
          sku: row.sku,
          quantity: l.quantity,
        }
      }),
    } as any)
    return new StepResponse(transfer, transfer.id)
  },
  async (id, { container }) => {
    if (id) await places(container).deleteStockTransfers([id])
  },
)

/** Loads a transfer with its lines and checks its status. */
async function loadTransfer(container: any, id: string, status: "draft" | "sent", locale: DomainLocale) {
  const [transfer] = await places(container).listStockTransfers({ id }, { relations: ["lines"] })
  if (!transfer) throw posError("transfer_not_found", locale)
  if (transfer.status !== status)
    throw posError(status === "draft" ? "transfer_not_draft" : "transfer_not_sent", locale)
  return transfer as typeof transfer & { lines: (Line & Record<string, any>)[] }
}

/**
 * Sends a draft: its units are reserved at the source (refused above what is available there, under
 * the inventory locks) and counted as incoming at the destination. Undone by its compensation.
 */
export const sendTransferStep = createStep(
  "send-stock-transfer",
  async (input: { transfer_id: string; actor_id: string; locale: DomainLocale }, { container }) => {
    const transfer = await loadTransfer(container, input.transfer_id, "draft", input.locale)
    const inventory = container.resolve(Modules.INVENTORY)
    const locking = container.resolve(Modules.LOCKING)
    const keys = [...new Set(transfer.lines.map((l) => l.inventory_item_id))]
    let reservations
    try {
      reservations = await locking.execute(keys, () =>
        inventory.createReservationItems(
          transfer.lines.map((l) => ({
            inventory_item_id: l.inventory_item_id,
            location_id: transfer.from_location_id,
            quantity: l.quantity,
            description: `Phiếu chuyển kho PC-${transfer.number}`,
            metadata: { stock_transfer_id: transfer.id, stock_transfer_line_id: l.id },
          })),
        ),
      )
    } catch (error) {
      if (error instanceof MedusaError && error.type === MedusaError.Types.NOT_ALLOWED)
        throw posError("out_of_stock", input.locale)
      throw error
    }
    await addIncoming(
      container,
      transfer.lines.map((l) => ({
        inventory_item_id: l.inventory_item_id,
        location_id: transfer.to_location_id,
        delta: l.quantity,
      })),
    )
    const service = places(container)
    await service.updateStockTransferLines(
      transfer.lines.map((l, i) => ({ id: l.id, reservation_id: reservations[i]!.id })),
    )
    await service.updateStockTransfers({
      id: transfer.id,
      status: "sent",
      sent_by: input.actor_id,
      sent_at: new Date(),
    })
    return new StepResponse(transfer.id, {
      transfer_id: transfer.id,
      reservation_ids: reservations.map((r) => r.id),
      keys,
      incoming: transfer.lines.map((l) => ({
        inventory_item_id: l.inventory_item_id,
        location_id: transfer.to_location_id,
        delta: -l.quantity,
      })),
    })
  },
  async (undo, { container }) => {
    if (!undo) return
    const inventory = container.resolve(Modules.INVENTORY)
    await container
      .resolve(Modules.LOCKING)
      .execute(undo.keys, () => inventory.deleteReservationItems(undo.reservation_ids))
    await addIncoming(container, undo.incoming)
    await places(container).updateStockTransfers({
      id: undo.transfer_id,
      status: "draft",
      sent_by: null,
      sent_at: null,
    })
  },
)

/**
 * Receives a transfer with what was counted: the units leave the source (its reservation is
 * released and its stock goes down by what was sent), what arrived enters the destination, the
 * rest is recorded as lost with its reason. Sent = received + lost, so the total of all places
 * changes by exactly the loss.
 */
export const receiveTransferStep = createStep(
  "receive-stock-transfer",
  async (
    input: { transfer_id: string; receipt: TransferReceipt; actor_id: string; locale: DomainLocale },
    { container },
  ) => {
    const transfer = await loadTransfer(container, input.transfer_id, "sent", input.locale)
    const counted = new Map(input.receipt.lines.map((l) => [l.line_id, l]))
    if (counted.size !== transfer.lines.length || transfer.lines.some((l) => !counted.has(l.id))) {
      throw posError("transfer_lines_mismatch", input.locale)
    }
    for (const line of transfer.lines) {
      const problem = receiptLineProblem(line.quantity, counted.get(line.id)!)
      if (problem) throw posError(problem, input.locale)
    }
    const inventory = container.resolve(Modules.INVENTORY)
    const keys = [...new Set(transfer.lines.map((l) => l.inventory_item_id))]
    const moves = transfer.lines.flatMap((l) => [
      { inventoryItemId: l.inventory_item_id, locationId: transfer.from_location_id, adjustment: -l.quantity },
      {
        inventoryItemId: l.inventory_item_id,
        locationId: transfer.to_location_id,
        adjustment: counted.get(l.id)!.received_quantity,
      },
    ])
    await container.resolve(Modules.LOCKING).execute(keys, async () => {
      await inventory.deleteReservationItems(transfer.lines.map((l) => l.reservation_id!).filter(Boolean))
      await inventory.adjustInventory(moves.filter((m) => m.adjustment !== 0))
    })
    await addIncoming(
      container,
      transfer.lines.map((l) => ({
        inventory_item_id: l.inventory_item_id,
        location_id: transfer.to_location_id,
        delta: -l.quantity,
      })),
    )
    const service = places(container)
    await service.updateStockTransferLines(
      transfer.lines.map((l) => {
        const c = counted.get(l.id)!
        const lost = l.quantity - c.received_quantity
        return {
          id: l.id,
          received_quantity: c.received_quantity,
          lost_quantity: lost,
          loss_reason: lost > 0 ? (c.loss_reason ?? null) : null,
          loss_note: lost > 0 ? (c.loss_note ?? null) : null,
          reservation_id: null,
        }
      }),
    )
    await service.updateStockTransfers({
      id: transfer.id,
      status: "received",
      received_by: input.actor_id,
      received_at: new Date(),
      receipt_note: input.receipt.note ?? null,
    })
    return new StepResponse(transfer.id)
  },
)

/** Cancels a draft, or a sent transfer that will not arrive as such: its reservation and incoming are released. */
export const cancelTransferStep = createStep(
  "cancel-stock-transfer",
  async (input: { transfer_id: string; actor_id: string; locale: DomainLocale }, { container }) => {
    const service = places(container)
    const [found] = await service.listStockTransfers({ id: input.transfer_id }, { relations: ["lines"] })
    if (!found) throw posError("transfer_not_found", input.locale)
    if (found.status !== "draft" && found.status !== "sent") throw posError("transfer_not_sent", input.locale)
    const transfer = found as typeof found & { lines: Line[] }
    if (transfer.status === "sent") {
      const inventory = container.resolve(Modules.INVENTORY)
      const keys = [...new Set(transfer.lines.map((l) => l.inventory_item_id))]
      await container
        .resolve(Modules.LOCKING)
        .execute(keys, () =>
          inventory.deleteReservationItems(transfer.lines.map((l) => l.reservation_id!).filter(Boolean)),
        )
      await addIncoming(
        container,
        transfer.lines.map((l) => ({
          inventory_item_id: l.inventory_item_id,
          location_id: transfer.to_location_id,
          delta: -l.quantity,
        })),
      )
    }
    await service.updateStockTransfers({
      id: transfer.id,
      status: "canceled",
      canceled_by: input.actor_id,
      canceled_at: new Date(),
    })
    return new StepResponse(transfer.id)
  },
)
