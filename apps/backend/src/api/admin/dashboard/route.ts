import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { dashboardSectionsOf, type StaffDashboard } from "@ocop/domain"
import { dashboardDays, dashboardOperations, dashboardRegister, dashboardSales } from "../../../queries/dashboard"
import { staffRoleOfRequest } from "../../utils/staff-role"

/**
 * GET /admin/dashboard — the console's home figures, computed in the database, only the parts of the
 * caller's role (`DASHBOARD_SECTIONS_BY_ROLE` in @ocop/domain): sales by channel for the
 * administrators, trade promotion and the office; the work waiting at the places and in the online
 * orders for the administrators and trade promotion; the register's work for the administrators and
 * the office. The route table lets a role in only when it reads the trade area (decision 015).
 */
export async function GET(req: MedusaRequest, res: MedusaResponse<StaffDashboard>) {
  const sections = dashboardSectionsOf(staffRoleOfRequest(req))
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const days = dashboardDays()
  const [sales, operations, register] = await Promise.all([
    sections.includes("sales") ? dashboardSales(knex, days) : undefined,
    sections.includes("operations") ? dashboardOperations(knex) : undefined,
    sections.includes("register") ? dashboardRegister(knex) : undefined,
  ])
  res.json({ today: days.today, month_from: days.monthFrom, sections, sales, operations, register })
}
