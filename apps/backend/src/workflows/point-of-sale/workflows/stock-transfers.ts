import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { DomainLocale, TransferReceipt } from "@ocop/domain"
import {
  cancelTransferStep,
  createTransferStep,
  receiveTransferStep,
  sendTransferStep,
  type CreateTransferInput,
} from "../steps/transfer-steps"

/** A draft transfer between two stock locations. */
export const createStockTransferWorkflow = createWorkflow("create-stock-transfer", (input: CreateTransferInput) => {
  return new WorkflowResponse(createTransferStep(input))
})

type Act = { transfer_id: string; actor_id: string; locale: DomainLocale }

/** Sends a draft: reserved at the source, incoming at the destination. */
export const sendStockTransferWorkflow = createWorkflow("send-stock-transfer", (input: Act) => {
  return new WorkflowResponse(sendTransferStep(input))
})

/** Receives a sent transfer with the counted quantities and the reasons for any shortfall. */
export const receiveStockTransferWorkflow = createWorkflow(
  "receive-stock-transfer",
  (input: Act & { receipt: TransferReceipt }) => {
    return new WorkflowResponse(receiveTransferStep(input))
  },
)

/** Cancels a draft or a sent transfer. */
export const cancelStockTransferWorkflow = createWorkflow("cancel-stock-transfer", (input: Act) => {
  return new WorkflowResponse(cancelTransferStep(input))
})
