import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { isoDateToDate, type InspectionInput } from "@ocop/domain"
import { OCOP_MODULE } from "../../../../../modules/ocop"
import type OcopModuleService from "../../../../../modules/ocop/service"
import { createInspectionsWorkflow } from "../../../../../workflows/certification/workflows/create-inspections"
import { inspectionView } from "../../helpers"

/** GET /admin/certifications/:id/inspections — newest first. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const ocop = req.scope.resolve<OcopModuleService>(OCOP_MODULE)
  const cert = await ocop.retrieveCertification(req.params.id!)
  const inspections = await ocop.listInspections(
    { certification_id: cert.id },
    { order: { inspected_at: "DESC", created_at: "DESC" } },
  )
  res.json({ inspections: inspections.map(inspectionView), count: inspections.length })
}

/** POST /admin/certifications/:id/inspections — records an inspection; a failure does not revoke. */
export async function POST(req: MedusaRequest<InspectionInput>, res: MedusaResponse) {
  const ocop = req.scope.resolve<OcopModuleService>(OCOP_MODULE)
  const cert = await ocop.retrieveCertification(req.params.id!)
  const input = req.validatedBody
  const { result } = await createInspectionsWorkflow(req.scope).run({
    input: {
      inspections: [
        {
          certification_id: cert.id,
          inspected_at: isoDateToDate(input.inspected_at)!,
          inspector: input.inspector,
          result: input.result,
          notes: input.notes ?? null,
        },
      ],
    },
  })
  const inspection = await ocop.retrieveInspection(result[0]!.id)
  res.status(201).json({ inspection: inspectionView(inspection) })
}
