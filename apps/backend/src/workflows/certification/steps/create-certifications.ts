import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"

export const createCertificationsStepId = "create-certifications"

/** A certificate ready to store: calendar days as UTC-midnight dates, status computed. */
export type CertificationData = {
  product_id: string
  star_level: number
  score: number
  certificate_number: string
  decision_number: string
  decision_date: Date
  issuing_level: "provincial" | "national"
  valid_from: Date
  valid_until: Date
  status: "valid" | "expired" | "revoked"
}

/** Stores certificates; the compensation deletes them. */
export const createCertificationsStep = createStep(
  createCertificationsStepId,
  async (input: CertificationData[], { container }) => {
    const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
    const created = await ocop.createCertifications(input)
    return new StepResponse(
      created,
      created.map((c) => c.id),
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<OcopModuleService>(OCOP_MODULE).deleteCertifications(ids)
  },
)
