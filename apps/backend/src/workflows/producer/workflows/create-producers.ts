import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { ProducerInput } from "@ocop/domain"
import { createProducersStep } from "../steps/create-producers"

export const createProducersWorkflowId = "create-producers"

/** Registers producers. A new producer has no products yet, so the catalogue is untouched. */
export const createProducersWorkflow = createWorkflow(
  createProducersWorkflowId,
  (input: { producers: ProducerInput[] }) => {
    const producers = createProducersStep(input.producers)
    return new WorkflowResponse(producers)
  },
)
