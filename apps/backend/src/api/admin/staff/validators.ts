import { STAFF_ROLES } from "@ocop/domain"
import { z } from "zod"
import { pageFields } from "../../utils/paging"

/** GET /admin/staff: `role=none` lists the accounts that have no role yet (and so no access). */
export const adminStaffQuerySchema = z.object({
  q: z.string().trim().max(100, "too_long").optional(),
  role: z.enum([...STAFF_ROLES, "none"], { error: "invalid_value" }).optional(),
  ...pageFields(["email", "created_at"], "email"),
})

export type AdminStaffQuery = z.infer<typeof adminStaffQuerySchema>

/**
 * POST /admin/staff/:id/role — null takes the role away. `point_of_sale_ids` ties a `pos_clerk` to
 * the places where they sell (required for that role, dropped for the others).
 */
export const staffRoleSchema = z
  .strictObject({
    role: z.enum(STAFF_ROLES, { error: "invalid_value" }).nullable(),
    point_of_sale_ids: z.array(z.string().trim().min(1).max(100)).max(50, "too_long").optional(),
  })
  .refine((b) => b.role !== "pos_clerk" || (b.point_of_sale_ids?.length ?? 0) > 0, {
    message: "required",
    path: ["point_of_sale_ids"],
  })

export type StaffRoleBody = z.infer<typeof staffRoleSchema>

/** GET /admin/staff/invites: newest first; the province has a handful at a time. */
export const adminStaffInvitesQuerySchema = z.object({
  ...pageFields(["created_at"], "-created_at"),
})

export type AdminStaffInvitesQuery = z.infer<typeof adminStaffInvitesQuerySchema>
