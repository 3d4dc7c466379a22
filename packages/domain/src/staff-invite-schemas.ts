/**
 * Staff invites (decision 011): an administrator invites a person by email with the role they will
 * have; the invitee chooses a name and password. The console's forms and the backend's routes
 * validate with the same schemas.
 */
import { z } from "zod"
import { passwordSchema } from "./account-schemas"
import { emailSchema, requiredOr, requiredText } from "./schemas"
import { STAFF_ROLES } from "./staff-roles"

/** POST /admin/staff/invites. */
export const staffInviteSchema = z.strictObject({
  email: emailSchema,
  role: z.enum(STAFF_ROLES, { error: requiredOr("invalid_value") }),
})

/** POST /admin/staff/invites/accept: the token from the link and the name the account will carry. */
export const staffInviteAcceptSchema = z.strictObject({
  token: z
    .string({ error: requiredOr("invalid_value") })
    .trim()
    .min(1, "required")
    .max(2000, "too_long"),
  first_name: requiredText(1, 100),
  last_name: requiredText(1, 100),
})

/** The invitee's form in the console: the name plus the password of their new login. */
export const staffInviteAcceptFormSchema = staffInviteAcceptSchema.omit({ token: true }).extend({
  password: passwordSchema,
})

export type StaffInviteInput = z.infer<typeof staffInviteSchema>
export type StaffInviteAccept = z.infer<typeof staffInviteAcceptSchema>
export type StaffInviteAcceptForm = z.infer<typeof staffInviteAcceptFormSchema>
