import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { DEMO_PASSWORD, DEMO_STAFF } from "../seed-data/staff"
import { reportCounts, type SeedContext } from "./context"

/** Demo logins exist outside production, or in production only when OCOP_DEMO_LOGINS=true (the test harness). */
export function demoLoginsWanted(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV !== "production" || env.OCOP_DEMO_LOGINS === "true"
}

/**
 * Console users with an email/password identity, created the way `medusa user` does it: the
 * emailpass identity first, then the user account bound to it.
 */
export async function ensureDemoStaff(ctx: SeedContext): Promise<void> {
  if (!demoLoginsWanted()) {
    ctx.logger.info("seed: demo staff logins skipped (production; set OCOP_DEMO_LOGINS=true to create them)")
    return
  }
  let created = 0
  for (const staff of DEMO_STAFF) {
    const made = await ensureDemoLogin(ctx, {
      email: staff.email,
      first_name: staff.first_name,
      last_name: staff.last_name,
      metadata: { role: staff.role, sample_data: true },
    })
    if (made) created++
  }
  reportCounts(ctx, "demo staff logins", created, DEMO_STAFF.length - created)
  if (created) ctx.logger.info(`seed: demo logins use the password "${DEMO_PASSWORD}"`)
}

/** One demo console login with the demo password; false when the user already exists. */
export async function ensureDemoLogin(
  ctx: SeedContext,
  staff: { email: string; first_name: string; last_name: string; metadata: Record<string, unknown> },
): Promise<boolean> {
  const users = ctx.container.resolve(Modules.USER)
  const auth = ctx.container.resolve(Modules.AUTH)
  const [existing] = await users.listUsers({ email: staff.email })
  if (existing) return false
  const authIdentityId = await emailpassIdentity(staff.email)
  await createUserAccountWorkflow(ctx.container).run({
    input: {
      authIdentityId,
      userData: {
        email: staff.email,
        first_name: staff.first_name,
        last_name: staff.last_name,
        metadata: staff.metadata,
      },
    },
  })
  return true

  async function emailpassIdentity(email: string): Promise<string> {
    // A run that stopped between the two writes leaves an identity without a user: reuse it.
    const [identity] = await auth.listProviderIdentities({ entity_id: email, provider: "emailpass" })
    if (identity?.auth_identity_id) return identity.auth_identity_id
    const { authIdentity, error } = await auth.register("emailpass", { body: { email, password: DEMO_PASSWORD } })
    if (error || !authIdentity) throw new Error(`could not register ${email}: ${error ?? "no identity"}`)
    return authIdentity.id
  }
}
