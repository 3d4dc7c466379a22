import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { changeProducerUserStatus } from "../../status"

/** POST /admin/producer-users/:id/enable — lets a disabled person back in (404 when unknown). */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  await changeProducerUserStatus(req, res, "enable")
}
