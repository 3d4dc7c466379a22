import { blankToUndefined, districtSchema, producerKindSchema } from "@ocop/domain"
import { z } from "zod"
import { pageFields } from "../../utils/paging"

const { limit, offset } = pageFields(["name"], "name")

/** GET /store/producers: unknown keys ignored, as for the catalogue. */
export const storeProducersQuerySchema = z.object({
  district: z.preprocess(blankToUndefined, districtSchema.optional()),
  kind: z.preprocess(blankToUndefined, producerKindSchema.optional()),
  limit,
  offset,
})

export type StoreProducersQuery = z.infer<typeof storeProducersQuerySchema>
