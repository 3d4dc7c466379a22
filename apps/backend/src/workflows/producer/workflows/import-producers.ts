import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { ProducerInput } from "@ocop/domain"
import { importProducersStep } from "../steps/import-producers"

export const importProducersWorkflowId = "import-producers"

/** Registers a whole spreadsheet of producers, all or nothing; returns the new ids in row order. */
export const importProducersWorkflow = createWorkflow(
  importProducersWorkflowId,
  (input: { producers: ProducerInput[] }) => {
    const ids = importProducersStep(input.producers)
    return new WorkflowResponse(ids)
  },
)
