import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { isoDateToDate, type RevocationInput } from "@ocop/domain"
import { OCOP_MODULE } from "../../../../../modules/ocop"
import type OcopModuleService from "../../../../../modules/ocop/service"
import { revokeCertificationWorkflow } from "../../../../../workflows/certification/workflows/revoke-certification"
import { certificationViews } from "../../helpers"

/**
 * POST /admin/certifications/:id/revoke {reason, revoked_at?} — revokes now (or on revoked_at);
 * the product leaves the storefront catalogue at once. Revoking twice is refused (409).
 */
export async function POST(req: MedusaRequest<RevocationInput>, res: MedusaResponse) {
  const ocop = req.scope.resolve<OcopModuleService>(OCOP_MODULE)
  const cert = await ocop.retrieveCertification(req.params.id!)
  if (cert.revoked_at) {
    throw new MedusaError(MedusaError.Types.CONFLICT, `Certificate ${cert.certificate_number} is already revoked`)
  }
  const { reason, revoked_at } = req.validatedBody
  await revokeCertificationWorkflow(req.scope).run({
    input: { id: cert.id, reason, revoked_at: revoked_at ? isoDateToDate(revoked_at)! : new Date() },
  })
  const updated = await ocop.retrieveCertification(cert.id)
  const [certification] = await certificationViews(req.scope, [updated], { withInspections: true })
  res.json({ certification })
}
