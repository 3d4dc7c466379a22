import { EVENT_KINDS, EVENT_STATUSES } from "@ocop/domain"
import { z } from "zod"
import { idListParam, pageFields } from "../../utils/paging"

/** GET /admin/trade-events */
export const adminEventsQuerySchema = z
  .object({
    q: z.string().trim().max(100, "too_long").optional(),
    id: idListParam,
    kind: z.enum(EVENT_KINDS, { error: "invalid_value" }).optional(),
    status: z.enum(EVENT_STATUSES, { error: "invalid_value" }).optional(),
    ...pageFields(["starts_at", "name", "created_at"], "-starts_at"),
  })
  .strict()
