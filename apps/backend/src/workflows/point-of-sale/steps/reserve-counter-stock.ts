import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { DomainLocale } from "@ocop/domain"
import { posError } from "../errors"

export const reserveCounterStockStepId = "reserve-counter-stock"

export type ReserveCounterStockInput = {
  location_id: string
  /** Offline sales happened already: reserve even below zero (the sale is flagged instead). */
  allow_below_zero: boolean
  items: { line_item_id: string; inventory_item_id: string; quantity: number }[]
  locale: DomainLocale
}

/**
 * Reserves the sale's units at the place, under Medusa's lock per inventory item, exactly as
 * checkout does (reserveInventoryStep): the inventory module refuses a reservation above what is
 * available there, so of two counters selling the last unit one gets it and the other is told
 * "out of stock". The compensation deletes the reservations under the same locks.
 */
export const reserveCounterStockStep = createStep(
  reserveCounterStockStepId,
  async (input: ReserveCounterStockInput, { container }) => {
    if (!input.items.length) return new StepResponse([] as string[], { ids: [] as string[], keys: [] as string[] })
    const inventory = container.resolve(Modules.INVENTORY)
    const locking = container.resolve(Modules.LOCKING)
    const keys = [...new Set(input.items.map((i) => i.inventory_item_id))]
    try {
      const reservations = await locking.execute(keys, () =>
        inventory.createReservationItems(
          input.items.map((i) => ({
            line_item_id: i.line_item_id,
            inventory_item_id: i.inventory_item_id,
            location_id: input.location_id,
            quantity: i.quantity,
            allow_backorder: input.allow_below_zero,
            description: "Bán tại quầy",
          })),
        ),
      )
      const ids = reservations.map((r) => r.id)
      return new StepResponse(ids, { ids, keys })
    } catch (error) {
      if (error instanceof MedusaError && error.type === MedusaError.Types.NOT_ALLOWED) {
        throw posError("out_of_stock", input.locale)
      }
      throw error
    }
  },
  async (undo, { container }) => {
    if (!undo?.ids.length) return
    const inventory = container.resolve(Modules.INVENTORY)
    const locking = container.resolve(Modules.LOCKING)
    await locking.execute(undo.keys, () => inventory.deleteReservationItems(undo.ids))
  },
)
