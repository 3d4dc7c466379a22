import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { currentProducer } from "../scope"
import { producerCertificates } from "./list"

/** GET /producer/certificates — the certificates of the producer's products (read only). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const certifications = await producerCertificates(req, currentProducer(req).id)
  res.json({ certifications, count: certifications.length })
}
