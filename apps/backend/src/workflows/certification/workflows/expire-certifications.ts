import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { refreshCatalogueWorkflow } from "../../catalogue/workflows/refresh-catalogue"
import { OcopCertificationEvents } from "../events"
import { findDueCertificationsStep } from "../steps/find-due-certifications"
import { updateCertificationsStep } from "../steps/update-certifications"

export const expireCertificationsWorkflowId = "expire-certifications"

/**
 * The daily certificate sweep (src/jobs/expire-certifications.ts, also POST
 * /admin/certifications/expire-due): marks certificates past their last valid day as expired,
 * applies revocations whose date has come, emits an event per certificate and refreshes the
 * catalogue rows, including those of certificates that have just come into force.
 */
export const expireCertificationsWorkflow = createWorkflow(
  expireCertificationsWorkflowId,
  (input: { now?: string }) => {
    const due = findDueCertificationsStep(input)
    const updates = transform({ due }, ({ due }) => [
      ...due.expire.map((c) => ({ id: c.id, status: "expired" })),
      ...due.revoke.map((c) => ({ id: c.id, status: "revoked" })),
    ])
    const updated = updateCertificationsStep(updates)
    const expiredEvents = transform({ due }, ({ due }) =>
      due.expire.map((c) => ({ id: c.id, product_id: c.product_id })),
    )
    const revokedEvents = transform({ due }, ({ due }) =>
      due.revoke.map((c) => ({ id: c.id, product_id: c.product_id })),
    )
    emitEventStep({ eventName: OcopCertificationEvents.EXPIRED, data: expiredEvents }).config({ name: "emit-expired" })
    emitEventStep({ eventName: OcopCertificationEvents.REVOKED, data: revokedEvents }).config({ name: "emit-revoked" })
    const productIds = transform({ due, updated }, ({ due, updated }) => [
      ...new Set([...updated.product_ids, ...due.started_product_ids]),
    ])
    refreshCatalogueWorkflow.runAsStep({ input: { product_ids: productIds } })
    const result = transform({ due }, ({ due }) => ({
      expired: due.expire.map((c) => c.id),
      revoked: due.revoke.map((c) => c.id),
      started_product_ids: due.started_product_ids,
    }))
    return new WorkflowResponse(result)
  },
)
