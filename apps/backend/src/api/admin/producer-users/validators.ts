import { PRODUCER_USER_STATUSES } from "@ocop/domain"
import { z } from "zod"
import { idListParam, pageFields } from "../../utils/paging"

/** GET /admin/producer-users: a producer's users (the producer page), or all of them. */
export const adminProducerUsersQuerySchema = z.object({
  producer_id: z.string().trim().min(1).max(100).optional(),
  id: idListParam,
  status: z.enum(PRODUCER_USER_STATUSES, { error: "invalid_value" }).optional(),
  ...pageFields(["email", "name", "status", "created_at"], "email"),
})

export type AdminProducerUsersQuery = z.infer<typeof adminProducerUsersQuerySchema>
