import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { IUserModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { staffRoleOf, type StaffRole } from "@ocop/domain"

/** Who may be named a place's manager: those who work at counters or set places up. */
const MANAGER_ROLES: readonly StaffRole[] = ["admin", "trade_promotion", "pos_clerk"]

/**
 * GET /admin/place-managers — the staff a place's manager is chosen from (issue 14): the manager
 * signs off discounts above the limit and voids at that place. Trade (read) only, so a clerk does
 * not list the staff's addresses.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const users = req.scope.resolve<IUserModuleService>(Modules.USER)
  const all = await users.listUsers({}, { order: { email: "ASC" } })
  const managers = all
    .map((u) => ({ user: u, role: staffRoleOf(u.metadata) }))
    .filter((m): m is { user: (typeof all)[number]; role: StaffRole } => !!m.role && MANAGER_ROLES.includes(m.role))
    .map(({ user, role }) => ({
      id: user.id,
      email: user.email,
      name: [user.first_name, user.last_name].filter(Boolean).join(" ") || user.email,
      role,
    }))
  res.json({ managers, count: managers.length })
}
