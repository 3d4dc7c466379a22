import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { PointOfSaleValues } from "@ocop/domain"
import { POINT_OF_SALE_MODULE } from "../../../modules/point-of-sale"
import type PointOfSaleModuleService from "../../../modules/point-of-sale/service"

export const savePointOfSaleStepId = "save-point-of-sale"

export type SavePointOfSaleInput = {
  values: PointOfSaleValues
  stock_location_id: string
  sales_channel_id: string
  /** The counter shipping option and fulfilment set made for the place, kept for counter sales. */
  counter_shipping_option_id: string
  trade_event_id?: string | null
}

/** Writes the place and its first register ("Quầy 1"); the compensation removes both. */
export const savePointOfSaleStep = createStep(
  savePointOfSaleStepId,
  async (input: SavePointOfSaleInput, { container }) => {
    const service = container.resolve<PointOfSaleModuleService>(POINT_OF_SALE_MODULE)
    const taken = await service.listPointOfSales(
      { $or: [{ code: input.values.code }, { handle: input.values.handle }] },
      { select: ["id", "code", "handle"] },
    )
    if (taken.length) {
      const field = taken.some((p) => p.code === input.values.code) ? "code" : "handle"
      throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, field, "duplicate_" + field)
    }
    const place = await service.createPointOfSales({
      ...input.values,
      opening_hours: input.values.opening_hours as unknown as Record<string, unknown>,
      stock_location_id: input.stock_location_id,
      sales_channel_id: input.sales_channel_id,
      trade_event_id: input.trade_event_id ?? null,
      metadata: { counter_shipping_option_id: input.counter_shipping_option_id },
    })
    const register = await service.createCashRegisters({ point_of_sale_id: place.id, name: "Quầy 1" })
    return new StepResponse(place, { place_id: place.id, register_id: register.id })
  },
  async (made, { container }) => {
    if (!made) return
    const service = container.resolve<PointOfSaleModuleService>(POINT_OF_SALE_MODULE)
    await service.deleteCashRegisters([made.register_id])
    await service.deletePointOfSales([made.place_id])
  },
)
