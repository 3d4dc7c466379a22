import { Modules } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"
import { PRODUCERS } from "../seed-data/producers"
import { DEMO_PASSWORD } from "../seed-data/staff"
import { reportCounts, type SeedContext } from "./context"
import { demoLoginsWanted } from "./staff"

/** The console login of a demo producer (development only). */
export function demoProducerLogin(handle: string): string {
  return `${handle}@ocop-laocai.vn`
}

/**
 * One active console user per demo producer, `<handle>@ocop-laocai.vn` with the demo password, under
 * the same rule as the demo staff logins. Each user's emailpass identity names it in
 * app_metadata.producer_id, as an accepted invite does; a run that stopped half-way is completed.
 */
export async function ensureDemoProducerUsers(ctx: SeedContext, producerIds: Map<string, string>): Promise<void> {
  if (!demoLoginsWanted()) {
    ctx.logger.info("seed: demo producer logins skipped (production; set OCOP_DEMO_LOGINS=true to create them)")
    return
  }
  const service = ctx.container.resolve<ProducerModuleService>(PRODUCER_MODULE)
  const auth = ctx.container.resolve(Modules.AUTH)
  const wanted = PRODUCERS.filter((p) => producerIds.has(p.handle))
  const existing = await service.listProducerUsers(
    { email: wanted.map((p) => demoProducerLogin(p.handle)) },
    { select: ["id", "email"] },
  )
  const byEmail = new Map(existing.map((u) => [u.email, u.id]))
  let created = 0
  for (const producer of wanted) {
    const email = demoProducerLogin(producer.handle)
    let userId = byEmail.get(email)
    if (!userId) {
      const user = await service.createProducerUsers({
        producer_id: producerIds.get(producer.handle)!,
        email,
        name: producer.representative,
        status: "active",
      })
      userId = user.id
      created++
    }
    await ensureLogin(email, userId)
  }
  reportCounts(ctx, "demo producer logins", created, wanted.length - created)
  if (created)
    ctx.logger.info(
      `seed: demo producer logins are <producer-handle>@ocop-laocai.vn with the password "${DEMO_PASSWORD}"`,
    )

  async function ensureLogin(email: string, producerUserId: string): Promise<void> {
    const [provider] = await auth.listProviderIdentities(
      { entity_id: email, provider: "emailpass" },
      { select: ["auth_identity_id"] },
    )
    let identityId = provider?.auth_identity_id
    let metadata: Record<string, unknown> = {}
    if (identityId) {
      const identity = await auth.retrieveAuthIdentity(identityId, { select: ["app_metadata"] })
      if (identity.app_metadata?.producer_id === producerUserId) return
      metadata = identity.app_metadata ?? {}
    } else {
      const { authIdentity, error } = await auth.register("emailpass", { body: { email, password: DEMO_PASSWORD } })
      if (error || !authIdentity) throw new Error(`could not register ${email}: ${error ?? "no identity"}`)
      identityId = authIdentity.id
    }
    await auth.updateAuthIdentities({ id: identityId, app_metadata: { ...metadata, producer_id: producerUserId } })
  }
}
