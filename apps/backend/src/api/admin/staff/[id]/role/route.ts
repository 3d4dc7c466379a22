import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import type { IUserModuleService } from "@medusajs/framework/types"
import { updateUsersWorkflow } from "@medusajs/medusa/core-flows"
import { posRefusalMessage } from "@ocop/domain"
import { POINT_OF_SALE_MODULE } from "../../../../../modules/point-of-sale"
import type PointOfSaleModuleService from "../../../../../modules/point-of-sale/service"
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
  const { role, point_of_sale_ids } = req.validatedBody
  // An administrator demoting themselves could leave the province with nobody to manage staff.
  if (id === req.auth_context.actor_id && role !== "admin") {
    const locale = requestLocale(req)
    return sendInvalid(res, { role: OWN_ROLE[locale] }, locale)
  }
  if (role === "pos_clerk") {
    const places = req.scope.resolve<PointOfSaleModuleService>(POINT_OF_SALE_MODULE)
    const found = await places.listPointOfSales({ id: point_of_sale_ids! }, { select: ["id"] })
    if (found.length !== new Set(point_of_sale_ids).size) {
      const locale = requestLocale(req)
      return sendInvalid(res, { point_of_sale_ids: posRefusalMessage("place_not_found", locale) }, locale)
    }
  }
  const users = req.scope.resolve<IUserModuleService>(Modules.USER)
  const user = await users.retrieveUser(id)
  const metadata: Record<string, unknown> = { ...(user.metadata ?? {}) }
  if (role) metadata.role = role
  else delete metadata.role
  // Places belong to the clerk role only: another role acts everywhere its area allows.
  if (role === "pos_clerk") metadata.point_of_sale_ids = [...new Set(point_of_sale_ids)]
  else delete metadata.point_of_sale_ids
  await updateUsersWorkflow(req.scope).run({ input: { updates: [{ id, metadata }] } })
  forgetStaffRole(id)
  res.json({ staff: staffMember(await users.retrieveUser(id)) })
}
