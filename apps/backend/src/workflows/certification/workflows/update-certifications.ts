import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { refreshCatalogueWorkflow } from "../../catalogue/workflows/refresh-catalogue"
import { updateCertificationsStep, type CertificationUpdate } from "../steps/update-certifications"

export const updateCertificationsWorkflowId = "update-certifications"

/** Edits certificates and refreshes the catalogue rows of the products before and after the edit. */
export const updateCertificationsWorkflow = createWorkflow(
  updateCertificationsWorkflowId,
  (input: { certifications: CertificationUpdate[] }) => {
    const updated = updateCertificationsStep(input.certifications)
    const productIds = transform({ updated }, ({ updated }) => updated.product_ids)
    refreshCatalogueWorkflow.runAsStep({ input: { product_ids: productIds } })
    return new WorkflowResponse(updated.certifications)
  },
)
