import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ownProducer } from "../producer-record"
import { currentProducer, currentProducerUser } from "../scope"

/** GET /producer/me — who is signed in and for which producer. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ user: currentProducerUser(req), producer: await ownProducer(req, currentProducer(req).id) })
}
