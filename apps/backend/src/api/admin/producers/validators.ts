import { DISTRICT_CODES, PRODUCER_KIND_CODES, PRODUCER_STATUSES, producerInputSchema } from "@ocop/domain"
import { z } from "zod"
import { idListParam, pageFields } from "../../utils/paging"

/** GET /admin/producers: unknown keys are ignored so that generic list clients can add their own. */
export const adminProducersQuerySchema = z.object({
  q: z.string().trim().max(100, "too_long").optional(),
  id: idListParam,
  district: z.enum(DISTRICT_CODES, { error: "invalid_district" }).optional(),
  kind: z.enum(PRODUCER_KIND_CODES, { error: "invalid_producer_kind" }).optional(),
  status: z.enum(PRODUCER_STATUSES, { error: "invalid_producer_status" }).optional(),
  ...pageFields(["name", "handle", "district", "created_at", "updated_at"], "name"),
})

export type AdminProducersQuery = z.infer<typeof adminProducersQuerySchema>

/** POST /admin/producers/import — the rows of a spreadsheet, each a full producer. */
export const producerImportSchema = z.strictObject({
  producers: z.array(producerInputSchema).min(1, "required").max(2000, "too_long"),
})
