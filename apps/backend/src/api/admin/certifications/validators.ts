import { CERTIFICATE_STATUSES, starLevelSchema } from "@ocop/domain"
import { z } from "zod"
import { pageFields } from "../../utils/paging"

/** GET /admin/certifications. status is judged from the dates, as the responses show it. */
export const adminCertificationsQuerySchema = z.object({
  status: z.enum(CERTIFICATE_STATUSES, { error: "invalid_value" }).optional(),
  star_level: starLevelSchema.optional(),
  product_id: z.string().trim().min(1).max(100).optional(),
  expiring_within_days: z.preprocess(
    (v) => (typeof v === "string" && /^\s*\d+\s*$/.test(v) ? Number(v) : v),
    z
      .number({ error: "invalid_value" })
      .int("invalid_value")
      .min(0, "invalid_value")
      .max(3650, "invalid_value")
      .optional(),
  ),
  q: z.string().trim().max(50, "too_long").optional(),
  ...pageFields(["valid_until", "valid_from", "created_at", "certificate_number", "star_level"], "-created_at"),
})

export type AdminCertificationsQuery = z.infer<typeof adminCertificationsQuerySchema>

const editable = z.unknown().optional()

/**
 * POST /admin/certifications/:id: any subset of the certificate fields except product_id (a
 * certificate belongs to the product it was granted to). The merged record is then checked with
 * certificationInputSchema, so the star band and council rules hold after every edit.
 */
export const certificationUpdateSchema = z.strictObject({
  star_level: editable,
  score: editable,
  certificate_number: editable,
  decision_number: editable,
  decision_date: editable,
  issuing_level: editable,
  valid_from: editable,
  valid_until: editable,
})

export type CertificationUpdateBody = z.infer<typeof certificationUpdateSchema>
