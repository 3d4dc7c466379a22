import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"

export const checkProducerStepId = "check-producer-exists"

/** The code of the refusal when a product is given a producer that does not exist. */
export const UNKNOWN_PRODUCER = "unknown_producer"

/** Refuses (invalid data, code `unknown_producer`) a producer id that names no producer. Writes nothing. */
export const checkProducerStep = createStep(
  checkProducerStepId,
  async (input: { producer_id: string }, { container }) => {
    const [producer] = await container
      .resolve<ProducerModuleService>(PRODUCER_MODULE)
      .listProducers({ id: input.producer_id }, { select: ["id"], take: 1 })
    if (!producer) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `No producer ${input.producer_id}`, UNKNOWN_PRODUCER)
    }
    return new StepResponse(producer.id)
  },
)
