import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import type { IUserModuleService } from "@medusajs/framework/types"
import { foldVietnamese } from "@ocop/domain"
import { staffMember } from "./serialize"
import type { AdminStaffQuery } from "./validators"

/**
 * GET /admin/staff — staff accounts with their roles (administrators only). The role lives in JSON
 * metadata, so the province's few dozen accounts are filtered and paged here rather than in SQL.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.validatedQuery as unknown as AdminStaffQuery
  const users = req.scope.resolve<IUserModuleService>(Modules.USER)
  const all = (await users.listUsers({}, { order: { created_at: "ASC" } })).map(staffMember)
  const needle = query.q ? foldVietnamese(query.q) : null
  const matching = all.filter(
    (s) =>
      (!query.role || (query.role === "none" ? s.role === null : s.role === query.role)) &&
      (!needle || foldVietnamese(`${s.email} ${s.first_name ?? ""} ${s.last_name ?? ""}`).includes(needle)),
  )
  const descending = query.order.startsWith("-")
  const key = query.order.replace(/^-/, "") as "email" | "created_at"
  matching.sort((a, b) => {
    const cmp = String(a[key]) < String(b[key]) ? -1 : String(a[key]) > String(b[key]) ? 1 : 0
    return descending ? -cmp : cmp
  })
  res.json({
    staff: matching.slice(query.offset, query.offset + query.limit),
    count: matching.length,
    limit: query.limit,
    offset: query.offset,
  })
}
