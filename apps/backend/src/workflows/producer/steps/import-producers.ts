import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ProducerInput } from "@ocop/domain"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import { photosColumn, producerSearchText } from "./create-producers"

export const importProducersStepId = "import-producers"

/** Rows written per insert: a spreadsheet of the whole province stays within sane statement sizes. */
export const IMPORT_CHUNK_SIZE = 100

/**
 * Creates an imported batch chunk by chunk. A failed step is not compensated by the engine, so a
 * failure part-way deletes the chunks this step already wrote before rethrowing; the compensation
 * deletes them all when a later step fails.
 */
export const importProducersStep = createStep(
  importProducersStepId,
  async (input: ProducerInput[], { container }) => {
    const service = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    const created: string[] = []
    try {
      for (let i = 0; i < input.length; i += IMPORT_CHUNK_SIZE) {
        const chunk = input.slice(i, i + IMPORT_CHUNK_SIZE)
        const rows = await service.createProducers(
          chunk.map((p) => ({ ...p, photos: photosColumn(p.photos), search_text: producerSearchText(p) })),
        )
        created.push(...rows.map((r) => r.id))
      }
    } catch (error) {
      if (created.length) await service.deleteProducers(created)
      throw error
    }
    return new StepResponse(created, created)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<ProducerModuleService>(PRODUCER_MODULE).deleteProducers(ids)
  },
)
