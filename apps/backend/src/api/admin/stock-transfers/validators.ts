import { TRANSFER_STATUSES } from "@ocop/domain"
import { z } from "zod"
import { pageFields } from "../../utils/paging"

/** GET /admin/stock-transfers — `location_id`: to or from that location. */
export const stockTransfersQuerySchema = z.object({
  status: z.enum(TRANSFER_STATUSES, { error: "invalid_value" }).optional(),
  location_id: z.string().trim().min(1).max(100).optional(),
  ...pageFields(["created_at", "number"], "-created_at"),
})

export const emptyBodySchema = z.strictObject({})
