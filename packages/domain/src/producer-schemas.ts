/**
 * Producer (chủ thể OCOP) input schemas for the register.
 */
import { z } from "zod"
import {
  districtSchema,
  emailSchema,
  handleSchema,
  nullable,
  optionalText,
  producerKindSchema,
  producerStatusSchema,
  requiredText,
  urlSchema,
  vietnamesePhoneSchema,
} from "./schemas"

// No defaults here: defaults belong to creation only, or a partial update would reset them.
const producerFields = {
  handle: handleSchema,
  name: requiredText(1, 200),
  kind: producerKindSchema,
  registration_number: requiredText(1, 50),
  district: districtSchema,
  commune: requiredText(1, 100),
  address: requiredText(1, 300),
  representative: requiredText(1, 200),
  phone: vietnamesePhoneSchema,
  email: nullable(emailSchema),
  story_vi: optionalText(5000),
  story_en: optionalText(5000),
  logo_url: nullable(urlSchema),
  photos: z.array(urlSchema, { error: "invalid_type" }).max(50, "too_long"),
  status: producerStatusSchema,
}

/** Creating a producer: register details required; email, stories and logo optional; photos default [], status 'active'. */
export const producerInputSchema = z.strictObject({
  ...producerFields,
  photos: producerFields.photos.default([]),
  status: producerFields.status.default("active"),
})

/** Updating a producer: any subset of the creation fields, no defaults applied. */
export const producerUpdateSchema = z.strictObject(producerFields).partial()

/** Validated producer creation input. */
export type ProducerInput = z.infer<typeof producerInputSchema>

/** Validated producer update input. */
export type ProducerUpdate = z.infer<typeof producerUpdateSchema>
