import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { LeadUpdate, LeadValues } from "@ocop/domain"
import { followUpLeadStep, recordLeadStep } from "../steps/leads"
import { checkProductsOfProducerStep } from "../steps/participants"

/** A trade buyer met at the booth; the products must be the producer's. */
export const recordLeadWorkflow = createWorkflow(
  "record-event-lead",
  (input: { event_id: string; values: LeadValues; actor_id: string }) => {
    checkProductsOfProducerStep(
      transform({ input }, ({ input }) => ({
        producer_id: input.values.producer_id,
        products: input.values.product_ids.map((product_id) => ({ product_id, units: 0 })),
      })),
    )
    return new WorkflowResponse(recordLeadStep(input))
  },
)

/** The follow-up of a lead. */
export const followUpLeadWorkflow = createWorkflow(
  "follow-up-event-lead",
  (input: { event_id: string; lead_id: string; changes: LeadUpdate }) => new WorkflowResponse(followUpLeadStep(input)),
)
