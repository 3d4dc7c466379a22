import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"

export const createInspectionsStepId = "create-inspections"

export type InspectionData = {
  certification_id: string
  inspected_at: Date
  inspector: string
  result: "passed" | "failed"
  notes: string | null
}

/** Records post-certification inspections; the compensation deletes them. */
export const createInspectionsStep = createStep(
  createInspectionsStepId,
  async (input: InspectionData[], { container }) => {
    const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
    const created = await ocop.createInspections(
      input.map(({ certification_id, ...rest }) => ({ ...rest, certification: certification_id })),
    )
    return new StepResponse(
      created,
      created.map((i) => i.id),
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<OcopModuleService>(OCOP_MODULE).deleteInspections(ids)
  },
)
