import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { certificationInputSchema, fieldErrors } from "@ocop/domain"
import { OCOP_MODULE } from "../../../../modules/ocop"
import type OcopModuleService from "../../../../modules/ocop/service"
import { updateCertificationsWorkflow } from "../../../../workflows/certification/workflows/update-certifications"
import { requestLocale, sendDuplicate, sendInvalid } from "../../../utils/http"
import { certificationViews, toCertificationData, toCertificationInput } from "../helpers"
import type { CertificationUpdateBody } from "../validators"

/** GET /admin/certifications/:id — with its inspections, newest first. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const ocop = req.scope.resolve<OcopModuleService>(OCOP_MODULE)
  const cert = await ocop.retrieveCertification(req.params.id!)
  const [certification] = await certificationViews(req.scope, [cert], { withInspections: true })
  res.json({ certification })
}

/**
 * POST /admin/certifications/:id — edits a certificate. The edit is merged into the stored record
 * and the whole is validated again; changing valid_from without valid_until resets the term to 36 months.
 */
export async function POST(req: MedusaRequest<CertificationUpdateBody>, res: MedusaResponse) {
  const locale = requestLocale(req)
  const ocop = req.scope.resolve<OcopModuleService>(OCOP_MODULE)
  const existing = await ocop.retrieveCertification(req.params.id!)
  const body = req.validatedBody
  const merged = { ...toCertificationInput(existing), ...body }
  if (body.valid_from !== undefined && body.valid_until === undefined) delete merged.valid_until
  const parsed = certificationInputSchema.safeParse(merged)
  if (!parsed.success) return sendInvalid(res, fieldErrors(parsed.error, locale), locale)

  const data = toCertificationData(parsed.data)
  if (data.certificate_number !== existing.certificate_number) {
    const [taken] = await ocop.listCertifications({ certificate_number: data.certificate_number }, { take: 1 })
    if (taken) return sendDuplicate(res, "certificate_number", locale)
  }
  // A revoked certificate stays revoked whatever its dates say.
  const status = existing.revoked_at ? existing.status : data.status
  await updateCertificationsWorkflow(req.scope).run({
    input: { certifications: [{ ...data, status, id: existing.id }] },
  })
  const updated = await ocop.retrieveCertification(existing.id)
  const [certification] = await certificationViews(req.scope, [updated], { withInspections: true })
  res.json({ certification })
}
