import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"
import { staffInviteAcceptSchema, staffInviteSchema } from "@ocop/domain"
import { validateBody, validateQuery } from "../../utils/http"
import { adminStaffInvitesQuerySchema, adminStaffQuerySchema, staffRoleSchema } from "./validators"

export const adminStaffMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/staff", middlewares: [validateQuery(adminStaffQuerySchema)] },
  { method: ["POST"], matcher: "/admin/staff/:id/role", middlewares: [validateBody(staffRoleSchema)] },
  { method: ["GET"], matcher: "/admin/staff/invites", middlewares: [validateQuery(adminStaffInvitesQuerySchema)] },
  { method: ["POST"], matcher: "/admin/staff/invites", middlewares: [validateBody(staffInviteSchema)] },
  {
    // A registration token (an identity without a user yet) is what an invitee holds.
    method: ["POST"],
    matcher: "/admin/staff/invites/accept",
    middlewares: [authenticate("user", ["bearer"], { allowUnregistered: true }), validateBody(staffInviteAcceptSchema)],
  },
]
