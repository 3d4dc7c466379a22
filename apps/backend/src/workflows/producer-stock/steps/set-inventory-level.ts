import type { InventoryLevelDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const setInventoryLevelStepId = "set-inventory-level"

export type InventoryLevelData = { inventory_item_id: string; location_id: string; stocked_quantity: number }

type Undo = InventoryLevelData & { previous: number | null }

/**
 * Sets the stocked quantity of an item at a location, creating the level when the item has none
 * there yet. The compensation puts the old quantity back or removes the created level.
 */
export const setInventoryLevelStep = createStep(
  setInventoryLevelStepId,
  async (input: InventoryLevelData, { container }) => {
    const inventory = container.resolve(Modules.INVENTORY)
    const [level] = await inventory.listInventoryLevels({
      inventory_item_id: input.inventory_item_id,
      location_id: input.location_id,
    })
    if (level) {
      const updated = await inventory.updateInventoryLevels([input])
      return new StepResponse<InventoryLevelDTO, Undo>(updated[0]!, {
        ...input,
        previous: Number(level.stocked_quantity),
      })
    }
    const created = await inventory.createInventoryLevels([input])
    return new StepResponse<InventoryLevelDTO, Undo>(created[0]!, { ...input, previous: null })
  },
  async (undo, { container }) => {
    if (!undo) return
    const inventory = container.resolve(Modules.INVENTORY)
    if (undo.previous === null) {
      await inventory.deleteInventoryLevel(undo.inventory_item_id, undo.location_id)
    } else {
      await inventory.updateInventoryLevels([
        { inventory_item_id: undo.inventory_item_id, location_id: undo.location_id, stocked_quantity: undo.previous },
      ])
    }
  },
)
