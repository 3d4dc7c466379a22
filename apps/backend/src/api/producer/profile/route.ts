import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ProducerProfileUpdate } from "@ocop/domain"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import { updateProducersWorkflow } from "../../../workflows/producer/workflows/update-producers"
import { requestLocale, sendInvalid } from "../../utils/http"
import { foreignPictureErrors } from "../file-urls"
import { ownProducer } from "../producer-record"
import { currentProducer } from "../scope"

/** GET /producer/profile — the producer's own record. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ producer: await ownProducer(req, currentProducer(req).id) })
}

/**
 * POST /producer/profile — story, contact and pictures (the schema refuses staff's fields). The id
 * comes from the signed-in user, never from the request. Pictures must be uploads of ours or ones
 * the record already has.
 */
export async function POST(req: MedusaRequest<ProducerProfileUpdate>, res: MedusaResponse) {
  const { id } = currentProducer(req)
  const body = req.validatedBody
  if (body.logo_url !== undefined || body.photos !== undefined) {
    const current = await req.scope
      .resolve<ProducerModuleService>(PRODUCER_MODULE)
      .retrieveProducer(id, { select: ["logo_url", "photos"] })
    const kept = [current.logo_url, ...((current.photos as unknown as string[] | null) ?? [])]
    const foreign = foreignPictureErrors(req, { logo_url: body.logo_url, photos: body.photos }, kept)
    if (Object.keys(foreign).length) return sendInvalid(res, foreign, requestLocale(req))
  }
  await updateProducersWorkflow(req.scope).run({ input: { producers: [{ ...body, id }] } })
  res.json({ producer: await ownProducer(req, id) })
}
