import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { moveBoothStockStep, planBoothStockStep, saveBoothStockStep, type BoothStockInput } from "../steps/booth-stock"

/**
 * Stock that reaches the booth without a transfer (a producer's declaration) or leaves it without
 * a sale (a recorded loss): checked, moved at the booth's level, recorded for the report (decision 028).
 */
export const recordBoothStockWorkflow = createWorkflow("record-booth-stock", (input: BoothStockInput) => {
  const plan = planBoothStockStep(input)
  moveBoothStockStep(transform({ plan, input }, ({ plan, input }) => ({ plan, kind: input.kind })))
  return new WorkflowResponse(
    saveBoothStockStep(transform({ plan, input }, ({ plan, input }) => ({ values: input, plan }))),
  )
})
