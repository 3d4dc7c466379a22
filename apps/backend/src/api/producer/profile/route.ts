import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ProducerProfileUpdate } from "@ocop/domain"
import { updateProducersWorkflow } from "../../../workflows/producer/workflows/update-producers"
import { ownProducer } from "../producer-record"
import { currentProducer } from "../scope"

/** GET /producer/profile — the producer's own record. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ producer: await ownProducer(req, currentProducer(req).id) })
}

/**
 * POST /producer/profile — story, contact and pictures (the schema refuses staff's fields). The id
 * comes from the signed-in user, never from the request.
 */
export async function POST(req: MedusaRequest<ProducerProfileUpdate>, res: MedusaResponse) {
  const { id } = currentProducer(req)
  await updateProducersWorkflow(req.scope).run({ input: { producers: [{ ...req.validatedBody, id }] } })
  res.json({ producer: await ownProducer(req, id) })
}
