import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { CounterReturnValues, DomainLocale } from "@ocop/domain"
import type { PlaceRow } from "../pickup-options"
import {
  prepareCounterReturnStep,
  refundCounterPaymentsStep,
  restockReturnStep,
  saveCounterReturnStep,
} from "../steps/return-steps"

export type ReturnCounterSaleInput = {
  place: PlaceRow
  sale_id: string
  values: CounterReturnValues
  actor_id: string
  locale: DomainLocale
}

/**
 * Goods brought back to the counter, or a whole sale voided with a manager's approval: the units
 * go back on the place's shelf, the money back by the methods it came with (cash from the open
 * drawer), recorded against the sale. Medusa's own return flow is not used: it needs a return
 * shipping option and a return fulfilment for what is a hand-to-hand exchange (decision 024).
 */
export const returnCounterSaleWorkflow = createWorkflow("return-counter-sale", (input: ReturnCounterSaleInput) => {
  const plan = prepareCounterReturnStep({
    place: input.place,
    sale_id: input.sale_id,
    values: input.values,
    locale: input.locale,
  })
  const restock = transform({ plan }, ({ plan }) => ({ location_id: plan.location_id, lines: plan.lines }))
  restockReturnStep(restock)
  const saved = saveCounterReturnStep({
    place: input.place,
    sale_id: input.sale_id,
    values: input.values,
    plan,
    actor_id: input.actor_id,
  })
  const refunds = transform({ plan, input }, ({ plan, input }) => ({
    refunds: plan.refunds,
    actor_id: input.actor_id,
    note: input.values.reason,
  }))
  refundCounterPaymentsStep(refunds)
  return new WorkflowResponse(saved)
})
