import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { CertificateVerification } from "@ocop/domain"
import { OCOP_MODULE } from "../../../../modules/ocop"
import type OcopModuleService from "../../../../modules/ocop/service"
import { certificateSummary, producerSummary } from "../../../utils/serialize"

/**
 * GET /store/certificates/:number — lets a buyer check the number printed next to a badge. An
 * unknown number is an answer ("unknown"), not an error, so the page can say so plainly.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse<CertificateVerification>) {
  // Express has decoded the path parameter once already; decoding again broke on "%25" (finding 6).
  const number = req.params.number!.trim()
  const ocop = req.scope.resolve<OcopModuleService>(OCOP_MODULE)
  const [cert] = await ocop.listCertifications({ certificate_number: number }, { take: 1 })
  if (!cert) {
    return res.json({ certificate_number: number, status: "unknown", certificate: null, product: null, producer: null })
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "title", "thumbnail", "producer.*"],
    filters: { id: cert.product_id },
  })
  const product = data[0] as any
  const summary = certificateSummary(cert)
  res.json({
    certificate_number: cert.certificate_number,
    status: summary.status,
    certificate: summary,
    product: product
      ? { id: product.id, handle: product.handle, title: product.title, thumbnail: product.thumbnail ?? null }
      : null,
    producer: product?.producer ? producerSummary(product.producer) : null,
  })
}
