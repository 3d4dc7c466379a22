import type { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import type { IUserModuleService } from "@medusajs/framework/types"

/** The pending invite with this id, or a 404 (accepting or withdrawing an invite deletes it). */
export async function pendingInvite(req: MedusaRequest, id: string) {
  const [invite] = await req.scope.resolve<IUserModuleService>(Modules.USER).listInvites({ id }, { take: 1 })
  if (!invite) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No pending invite ${id}`)
  return invite
}
