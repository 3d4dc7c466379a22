/**
 * Certificate, revocation and post-certification inspection input schemas.
 */
import { z } from "zod"
import { CERTIFICATE_NUMBER_LENGTH } from "./certificate"
import {
  isoDateSchema,
  issuingLevelSchema,
  optionalText,
  requiredText,
  scoreSchema,
  starLevelSchema,
  whenFieldsValid,
} from "./schemas"
import { allowedIssuingLevels, isCertifiedStarLevel, scoreFitsStarLevel } from "./stars"

/** A certificate granted to a product. valid_until may be left out: the backend uses defaultValidUntil(valid_from). */
export const certificationInputSchema = z
  .strictObject({
    product_id: requiredText(1, 100),
    star_level: starLevelSchema,
    score: scoreSchema,
    certificate_number: requiredText(CERTIFICATE_NUMBER_LENGTH.min, CERTIFICATE_NUMBER_LENGTH.max),
    decision_number: requiredText(1, 100),
    decision_date: isoDateSchema,
    issuing_level: issuingLevelSchema,
    valid_from: isoDateSchema,
    valid_until: isoDateSchema.optional(),
  })
  .refine((c) => scoreFitsStarLevel(c.score, c.star_level), {
    error: "score_not_in_star_band",
    path: ["score"],
    when: whenFieldsValid("score", "star_level"),
  })
  .refine((c) => !isCertifiedStarLevel(c.star_level) || allowedIssuingLevels(c.star_level).includes(c.issuing_level), {
    error: "five_star_needs_national",
    path: ["issuing_level"],
    when: whenFieldsValid("star_level", "issuing_level"),
  })
  // ISO day strings compare in calendar order.
  .refine((c) => c.valid_until === undefined || c.valid_until > c.valid_from, {
    error: "valid_until_before_valid_from",
    path: ["valid_until"],
    when: whenFieldsValid("valid_from", "valid_until"),
  })

/** Validated certificate input. */
export type CertificationInput = z.infer<typeof certificationInputSchema>

/** Revoking a certificate after an inspection; without revoked_at the caller takes today. */
export const revocationInputSchema = z.strictObject({
  reason: requiredText(3, 500),
  revoked_at: isoDateSchema.optional(),
})

/** Validated revocation input. */
export type RevocationInput = z.infer<typeof revocationInputSchema>

/** Results of a post-certification inspection (kiểm tra sau công nhận). */
export const INSPECTION_RESULTS = ["passed", "failed"] as const

/** Recording a post-certification inspection. */
export const inspectionInputSchema = z.strictObject({
  inspected_at: isoDateSchema,
  inspector: requiredText(1, 200),
  result: z.enum(INSPECTION_RESULTS, { error: (issue) => (issue.input === undefined ? "required" : "invalid_value") }),
  notes: optionalText(2000),
})

/** Validated inspection input. */
export type InspectionInput = z.infer<typeof inspectionInputSchema>
