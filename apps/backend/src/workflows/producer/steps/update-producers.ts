import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ProducerUpdate } from "@ocop/domain"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import { photosColumn, producerSearchText } from "./create-producers"

export const updateProducersStepId = "update-producers"

export type UpdateProducerData = { id: string } & ProducerUpdate

const UPDATABLE = [
  "handle",
  "name",
  "kind",
  "registration_number",
  "district",
  "commune",
  "address",
  "representative",
  "phone",
  "email",
  "story_vi",
  "story_en",
  "logo_url",
  "photos",
  "status",
  "search_text",
] as const

/** Updates producers; the compensation writes their previous values back. */
export const updateProducersStep = createStep(
  updateProducersStepId,
  async (input: UpdateProducerData[], { container }) => {
    const service = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    const previous = await service.listProducers({ id: input.map((p) => p.id) })
    const byId = new Map(previous.map((p) => [p.id, p]))
    const data = input.map((update) => {
      const before = byId.get(update.id)
      if (!before) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Producer ${update.id} was not found`)
      const merged = { ...before, ...update }
      const { photos, ...rest } = update
      return {
        ...rest,
        ...(photos !== undefined ? { photos: photosColumn(photos) } : {}),
        search_text: producerSearchText(merged),
      }
    })
    const updated = await service.updateProducers(data)
    const restore = previous.map((p) => {
      const values: Record<string, unknown> = { id: p.id }
      for (const key of UPDATABLE) values[key] = p[key]
      return values
    })
    return new StepResponse(updated, restore)
  },
  async (restore, { container }) => {
    if (!restore?.length) return
    await container.resolve<ProducerModuleService>(PRODUCER_MODULE).updateProducers(restore as any)
  },
)
