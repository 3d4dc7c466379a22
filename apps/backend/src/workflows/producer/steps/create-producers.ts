import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { foldVietnamese, type ProducerInput } from "@ocop/domain"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"

export const createProducersStepId = "create-producers"

/** Folded name, handle and registration number: what staff type in the register's search box. */
export function producerSearchText(p: { name: string; handle: string; registration_number: string }): string {
  return foldVietnamese(`${p.name} ${p.handle} ${p.registration_number}`)
}

/** photos is a string[] in a jsonb column; the data model types JSON columns as objects. */
export function photosColumn(photos: string[] | undefined): Record<string, unknown> {
  return (photos ?? []) as unknown as Record<string, unknown>
}

/** Creates producers in the register; the compensation deletes them. */
export const createProducersStep = createStep(
  createProducersStepId,
  async (input: ProducerInput[], { container }) => {
    const service = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    const producers = await service.createProducers(
      input.map((p) => ({ ...p, photos: photosColumn(p.photos), search_text: producerSearchText(p) })),
    )
    return new StepResponse(
      producers,
      producers.map((p) => p.id),
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<ProducerModuleService>(PRODUCER_MODULE).deleteProducers(ids)
  },
)
