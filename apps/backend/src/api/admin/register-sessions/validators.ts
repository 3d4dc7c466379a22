import { z } from "zod"
import { pageFields } from "../../utils/paging"

/** GET /admin/register-sessions */
export const registerSessionsQuerySchema = z.object({
  point_of_sale_id: z.string().trim().min(1).max(100).optional(),
  register_id: z.string().trim().min(1).max(100).optional(),
  status: z.enum(["open", "closed"], { error: "invalid_value" }).optional(),
  ...pageFields(["opened_at", "closed_at"], "-opened_at"),
})
