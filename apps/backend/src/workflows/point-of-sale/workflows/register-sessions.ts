import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  closeRegisterSessionStep,
  openRegisterSessionStep,
  recordCashMovementStep,
  type CashMovementStepInput,
  type CloseSessionInput,
  type OpenSessionInput,
} from "../steps/register-steps"

/** Opens a register with its float. */
export const openRegisterSessionWorkflow = createWorkflow("open-register-session", (input: OpenSessionInput) => {
  return new WorkflowResponse(openRegisterSessionStep(input))
})

/** Cash in or out of an open drawer, with its reason. */
export const recordCashMovementWorkflow = createWorkflow("record-cash-movement", (input: CashMovementStepInput) => {
  return new WorkflowResponse(recordCashMovementStep(input))
})

/** Closes a register with the counted cash; the server computes what was expected. */
export const closeRegisterSessionWorkflow = createWorkflow("close-register-session", (input: CloseSessionInput) => {
  return new WorkflowResponse(closeRegisterSessionStep(input))
})
