import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createInspectionsStep, type InspectionData } from "../steps/create-inspections"

export const createInspectionsWorkflowId = "create-inspections"

/**
 * Records inspections. A failed inspection does not revoke the certificate by itself: revocation is
 * a separate decision (POST /admin/certifications/:id/revoke) that staff take after the inspection.
 */
export const createInspectionsWorkflow = createWorkflow(
  createInspectionsWorkflowId,
  (input: { inspections: InspectionData[] }) => new WorkflowResponse(createInspectionsStep(input.inspections)),
)
