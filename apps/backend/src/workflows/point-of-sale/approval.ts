import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { staffRoleOf } from "@ocop/domain"

/**
 * Checks a manager's sign-off typed on the counter screen: their own email and password, and a
 * person who may approve at this place — its manager, trade promotion or an administrator.
 * Returns the approver's user id, or null. The password is checked by the auth module and never kept.
 */
export async function verifyManagerApproval(
  container: MedusaContainer,
  approval: { email: string; password: string },
  place: { manager_user_id: string | null },
): Promise<string | null> {
  const auth = container.resolve(Modules.AUTH)
  const { success, authIdentity } = await auth.authenticate("emailpass", {
    body: { email: approval.email, password: approval.password },
  } as any)
  const userId = success ? (authIdentity?.app_metadata?.user_id as string | undefined) : undefined
  if (!userId) return null
  const [user] = await container.resolve(Modules.USER).listUsers({ id: userId }, { select: ["id", "metadata"] })
  if (!user) return null
  const role = staffRoleOf(user.metadata)
  return role === "admin" || role === "trade_promotion" || user.id === place.manager_user_id ? user.id : null
}
