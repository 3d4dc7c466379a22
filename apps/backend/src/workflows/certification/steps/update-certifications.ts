import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"

export const updateCertificationsStepId = "update-certifications"

const RESTORABLE = [
  "product_id",
  "star_level",
  "score",
  "certificate_number",
  "decision_number",
  "decision_date",
  "issuing_level",
  "valid_from",
  "valid_until",
  "status",
  "revoked_at",
  "revocation_reason",
] as const

export type CertificationUpdate = { id: string } & Record<string, unknown>

type Updated = { certifications: { id: string; product_id: string }[]; product_ids: string[] }
type Restore = Record<string, unknown>[]

/**
 * Updates certificates (edits, revocation, expiry all go through here) and returns both the new
 * rows and the product ids touched before and after; the compensation restores the old values.
 */
export const updateCertificationsStep = createStep(
  updateCertificationsStepId,
  async (input: CertificationUpdate[], { container }) => {
    const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
    if (input.length === 0) return new StepResponse<Updated, Restore>({ certifications: [], product_ids: [] }, [])
    const previous = await ocop.listCertifications({ id: input.map((c) => c.id) })
    const updated = (await ocop.updateCertifications(input as any)) as unknown as Updated["certifications"]
    const productIds = [...new Set([...previous, ...updated].map((c) => c.product_id))]
    const restore = previous.map((c) => {
      const values: Record<string, unknown> = { id: c.id }
      for (const key of RESTORABLE) values[key] = c[key]
      return values
    })
    return new StepResponse<Updated, Restore>({ certifications: updated, product_ids: productIds }, restore)
  },
  async (restore, { container }) => {
    if (!restore?.length) return
    await container.resolve<OcopModuleService>(OCOP_MODULE).updateCertifications(restore as any)
  },
)
