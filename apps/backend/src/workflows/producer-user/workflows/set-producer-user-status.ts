import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setProducerUserStatusStep, type ProducerUserStatusChange } from "../steps/set-producer-user-status"

export const setProducerUserStatusWorkflowId = "set-producer-user-status"

/** Disables or re-enables a producer user; the scope middleware reads the status on every request. */
export const setProducerUserStatusWorkflow = createWorkflow(
  setProducerUserStatusWorkflowId,
  (input: ProducerUserStatusChange) => {
    return new WorkflowResponse(setProducerUserStatusStep(input))
  },
)
