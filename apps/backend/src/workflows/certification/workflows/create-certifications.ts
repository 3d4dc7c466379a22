import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { refreshCatalogueWorkflow } from "../../catalogue/workflows/refresh-catalogue"
import { createCertificationsStep, type CertificationData } from "../steps/create-certifications"

export const createCertificationsWorkflowId = "create-certifications"

/** Records certificates and refreshes their products' catalogue rows (the badge appears at once). */
export const createCertificationsWorkflow = createWorkflow(
  createCertificationsWorkflowId,
  (input: { certifications: CertificationData[] }) => {
    const created = createCertificationsStep(input.certifications)
    const productIds = transform({ input }, ({ input }) => input.certifications.map((c) => c.product_id))
    refreshCatalogueWorkflow.runAsStep({ input: { product_ids: productIds } })
    return new WorkflowResponse(created)
  },
)
