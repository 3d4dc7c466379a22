import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteInvitesWorkflow } from "@medusajs/medusa/core-flows"
import { pendingInvite } from "../pending-invite"

/** DELETE /admin/staff/invites/:id — withdraws an invite; its link stops working at once. */
export async function DELETE(req: MedusaRequest, res: MedusaResponse) {
  const invite = await pendingInvite(req, req.params.id!)
  await deleteInvitesWorkflow(req.scope).run({ input: { ids: [invite.id] } })
  res.json({ id: invite.id, object: "staff_invite", deleted: true })
}
