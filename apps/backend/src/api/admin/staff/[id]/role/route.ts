import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import type { IUserModuleService } from "@medusajs/framework/types"
import { updateUsersWorkflow } from "@medusajs/medusa/core-flows"
import { requestLocale, sendInvalid } from "../../../../utils/http"
import { forgetStaffRole } from "../../../../utils/staff-role"
import { staffMember } from "../../serialize"
import type { StaffRoleBody } from "../../validators"

const OWN_ROLE = {
  vi: "Bạn không thể tự bỏ vai trò quản trị của mình",
  en: "You cannot take away your own administrator role",
} as const

/** POST /admin/staff/:id/role — sets or removes a staff member's role, keeping the rest of the metadata. */
export async function POST(req: AuthenticatedMedusaRequest<StaffRoleBody>, res: MedusaResponse) {
  const id = req.params.id!
  const { role } = req.validatedBody
  // An administrator demoting themselves could leave the province with nobody to manage staff.
  if (id === req.auth_context.actor_id && role !== "admin") {
    const locale = requestLocale(req)
    return sendInvalid(res, { role: OWN_ROLE[locale] }, locale)
  }
  const users = req.scope.resolve<IUserModuleService>(Modules.USER)
  const user = await users.retrieveUser(id)
  const metadata: Record<string, unknown> = { ...(user.metadata ?? {}) }
  if (role) metadata.role = role
  else delete metadata.role
  await updateUsersWorkflow(req.scope).run({ input: { updates: [{ id, metadata }] } })
  forgetStaffRole(id)
  res.json({ staff: staffMember(await users.retrieveUser(id)) })
}
