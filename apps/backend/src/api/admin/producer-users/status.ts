import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import { setProducerUserStatusWorkflow } from "../../../workflows/producer-user/workflows/set-producer-user-status"
import { producerUserView } from "./serialize"

/** True when the person accepted their invite: an emailpass login names this producer user. */
async function hasLogin(req: MedusaRequest, user: { id: string; email: string }): Promise<boolean> {
  const auth = req.scope.resolve(Modules.AUTH)
  const [provider] = await auth.listProviderIdentities(
    { entity_id: user.email, provider: "emailpass" },
    { select: ["auth_identity_id"] },
  )
  if (!provider?.auth_identity_id) return false
  const identity = await auth.retrieveAuthIdentity(provider.auth_identity_id, { select: ["app_metadata"] })
  return identity.app_metadata?.producer_id === user.id
}

/**
 * Disables a producer user (401 on their next request; a pending invite dies with it) or enables
 * one again: active when they had accepted their invite, otherwise invited, to be invited anew.
 */
export async function changeProducerUserStatus(req: MedusaRequest, res: MedusaResponse, change: "disable" | "enable") {
  const service = req.scope.resolve<ProducerModuleService>(PRODUCER_MODULE)
  const user = await service.retrieveProducerUser(req.params.id!)
  const status = change === "disable" ? "disabled" : (await hasLogin(req, user)) ? "active" : "invited"
  await setProducerUserStatusWorkflow(req.scope).run({
    input: { id: user.id, status, clear_invite: change === "disable" },
  })
  res.json({ producer_user: producerUserView(await service.retrieveProducerUser(user.id)) })
}
