import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { refreshCatalogueWorkflow } from "../../catalogue/workflows/refresh-catalogue"
import { OcopCertificationEvents } from "../events"
import { updateCertificationsStep } from "../steps/update-certifications"

export const revokeCertificationWorkflowId = "revoke-certification"

export type RevokeCertificationInput = { id: string; reason: string; revoked_at: Date }

/**
 * Revokes a certificate after a failed post-certification inspection: records the reason, emits
 * ocop.certification.revoked and takes the product out of the catalogue at once. A revocation
 * dated in the future is recorded now and applied by the daily job on that day.
 */
export const revokeCertificationWorkflow = createWorkflow(
  revokeCertificationWorkflowId,
  (input: RevokeCertificationInput) => {
    const update = transform({ input }, ({ input }) => [
      {
        id: input.id,
        revoked_at: input.revoked_at,
        revocation_reason: input.reason,
        status: new Date(input.revoked_at).getTime() <= Date.now() ? "revoked" : "valid",
      },
    ])
    const updated = updateCertificationsStep(update)
    const event = transform({ input, updated }, ({ input, updated }) => ({
      id: input.id,
      product_id: updated.certifications[0]?.product_id,
      reason: input.reason,
    }))
    emitEventStep({ eventName: OcopCertificationEvents.REVOKED, data: event })
    refreshCatalogueWorkflow.runAsStep({ input: { product_ids: updated.product_ids } })
    return new WorkflowResponse(updated.certifications)
  },
)
