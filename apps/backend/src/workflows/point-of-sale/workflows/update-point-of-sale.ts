import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { updateStockLocationsWorkflow } from "@medusajs/medusa/core-flows"
import type { z } from "zod"
import type { pointOfSaleUpdateSchema } from "@ocop/domain"
import { POINT_OF_SALE_MODULE } from "../../../modules/point-of-sale"
import type PointOfSaleModuleService from "../../../modules/point-of-sale/service"
import type { PlaceRow } from "../pickup-options"

export type UpdatePointOfSaleInput = { place: PlaceRow; changes: z.infer<typeof pointOfSaleUpdateSchema> }

const updatePlaceRowStep = createStep(
  "update-point-of-sale-row",
  async (input: UpdatePointOfSaleInput, { container }) => {
    const service = container.resolve<PointOfSaleModuleService>(POINT_OF_SALE_MODULE)
    const { opening_hours, ...rest } = input.changes
    const updated = await service.updatePointOfSales({
      id: input.place.id,
      ...rest,
      ...(opening_hours ? { opening_hours: opening_hours as unknown as Record<string, unknown> } : {}),
    })
    return new StepResponse(updated, input.place)
  },
  async (previous, { container }) => {
    if (!previous) return
    const service = container.resolve<PointOfSaleModuleService>(POINT_OF_SALE_MODULE)
    const { created_at: _c, updated_at: _u, deleted_at: _d, ...row } = previous as PlaceRow & { deleted_at?: unknown }
    await service.updatePointOfSales(row as any)
  },
)

/** Changes a place; its stock location keeps the same name and address, so every stock screen agrees. */
export const updatePointOfSaleWorkflow = createWorkflow("update-point-of-sale", (input: UpdatePointOfSaleInput) => {
  const updated = updatePlaceRowStep(input)
  const location = transform({ updated }, ({ updated }) => ({
    selector: { id: updated.stock_location_id },
    update: {
      name: updated.name,
      address: { address_1: updated.address_1, city: updated.ward, province: updated.province, country_code: "vn" },
    },
  }))
  updateStockLocationsWorkflow.runAsStep({ input: location })
  return new WorkflowResponse(updated)
})
