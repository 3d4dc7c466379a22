import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import type { IUserModuleService } from "@medusajs/framework/types"
import {
  isAdminRouteWithoutStaff,
  neededAccess,
  staffMayCall,
  staffRoleOf,
  type DomainLocale,
  type StaffRole,
} from "@ocop/domain"
import { requestLocale } from "./http"

/**
 * Roles are read on every admin request; a few seconds of cache spares the database without letting
 * a changed role linger (this process forgets a user at once when their role is changed through it).
 */
const ROLE_TTL_MS = 10_000
const roles = new Map<string, { role: StaffRole | null; at: number }>()

/** Drops the cached role of a user, after a change of role or metadata. */
export function forgetStaffRole(userId: string) {
  roles.delete(userId)
}

/** The acting user's role (null: none or unknown). */
async function staffRoleFor(req: MedusaRequest, userId: string): Promise<StaffRole | null> {
  const cached = roles.get(userId)
  if (cached && Date.now() - cached.at < ROLE_TTL_MS) return cached.role
  const users = req.scope.resolve<IUserModuleService>(Modules.USER)
  const [user] = await users.listUsers({ id: userId }, { select: ["id", "metadata"], take: 1 })
  const role = staffRoleOf(user?.metadata)
  roles.set(userId, { role, at: Date.now() })
  return role
}

/** The role enforceStaffRole resolved for each admin request, so routes need not read it again. */
const requestRoles = new WeakMap<MedusaRequest, StaffRole | null>()

/** The caller's role as enforceStaffRole resolved it (null: no actor, no role, or an open route). */
export function staffRoleOfRequest(req: MedusaRequest): StaffRole | null {
  return requestRoles.get(req) ?? null
}

const NOT_ALLOWED: Record<DomainLocale, string> = {
  vi: "Vai trò của bạn không được phép dùng chức năng này",
  en: "Your role is not allowed to use this part of the console",
}

/** Answers 403 in the shape Medusa uses for not-allowed errors. */
export function sendNotAllowed(req: MedusaRequest, res: MedusaResponse) {
  res.status(403).json({ type: "not_allowed", message: NOT_ALLOWED[requestLocale(req)] })
}

const USER_PATH = /^\/admin\/users\/([^/]+)$/i

const SIGN_IN_NEEDED: Record<DomainLocale, string> = {
  vi: "Bạn cần đăng nhập bằng tài khoản cán bộ",
  en: "Sign in with a staff account",
}

/**
 * Refuses admin requests that the acting user's role may not make (decisions 007 and 015): the
 * route table in @ocop/domain grants each role what it may call, and a route it does not name is
 * for administrators only. Runs after Medusa's authentication, before any route's own middleware.
 * A request without a staff actor passes only to the routes listed as needing none.
 */
export async function enforceStaffRole(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const auth = (req as MedusaRequest & { auth_context?: { actor_id?: string; actor_type?: string } }).auth_context
  const path = req.originalUrl.split("?")[0]!
  if (!auth?.actor_id) {
    if (isAdminRouteWithoutStaff(req.method, path)) return next()
    return res.status(401).json({ type: "unauthorized", message: SIGN_IN_NEEDED[requestLocale(req)] })
  }
  // Secret API keys can only be created by an administrator and act for the installation.
  const role =
    auth.actor_type === "api-key" ? "admin" : auth.actor_type === "user" ? await staffRoleFor(req, auth.actor_id) : null
  requestRoles.set(req, role)
  if (!staffMayCall(role, req.method, path)) return sendNotAllowed(req, res)
  const edited = USER_PATH.exec(path)?.[1]
  if (edited && neededAccess(req.method) === "write") res.on("finish", () => forgetStaffRole(edited))
  next()
}
