import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { expireCertificationsWorkflow } from "../../../../workflows/certification/workflows/expire-certifications"

/**
 * POST /admin/certifications/expire-due — ops tool: runs the daily certificate sweep now (the same
 * workflow as the scheduled job), e.g. after restoring a backup or when the job was down.
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const { result } = await expireCertificationsWorkflow(req.scope).run({ input: {} })
  res.json(result)
}
