import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { staffMay, type ProducerUpdate } from "@ocop/domain"
import { OCOP_MODULE } from "../../../../modules/ocop"
import type OcopModuleService from "../../../../modules/ocop/service"
import { PRODUCER_MODULE } from "../../../../modules/producer"
import type ProducerModuleService from "../../../../modules/producer/service"
import { updateProducersWorkflow } from "../../../../workflows/producer/workflows/update-producers"
import { requestLocale, sendDuplicate } from "../../../utils/http"
import { adminProducer, certificateSummary } from "../../../utils/serialize"
import { staffRoleOfRequest } from "../../../utils/staff-role"

/**
 * Whether the caller may see certificates. This route belongs to the register, which trade
 * promotion reads, but certificates are not theirs to see (decision 007).
 */
function mayReadCertificates(req: MedusaRequest): boolean {
  return staffMay(staffRoleOfRequest(req), "certificates", "read")
}

/** The certificates of the products, newest validity first, each naming its product. */
async function productCertificates(req: MedusaRequest, products: { id: string; title: string }[]) {
  if (products.length === 0) return []
  const ocop = req.scope.resolve<OcopModuleService>(OCOP_MODULE)
  const certs = await ocop.listCertifications(
    { product_id: products.map((p) => p.id) },
    { order: { valid_until: "DESC", id: "ASC" } },
  )
  const titleOf = new Map(products.map((p) => [p.id, p.title]))
  return certs.map((c) => ({
    ...certificateSummary(c),
    product: { id: c.product_id, title: titleOf.get(c.product_id) ?? null },
  }))
}

/**
 * The producer with the ids, handles and titles of its products, and their certificates for the
 * roles that may read certificates (the key is absent for the others).
 */
async function loadProducer(req: MedusaRequest, id: string) {
  const service = req.scope.resolve<ProducerModuleService>(PRODUCER_MODULE)
  const producer = await service.retrieveProducer(id)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "producer",
    fields: ["id", "products.id", "products.title", "products.handle", "products.status"],
    filters: { id },
  })
  const products = ((data[0] as any)?.products ?? []).filter(Boolean)
  const certifications = mayReadCertificates(req) ? { certifications: await productCertificates(req, products) } : {}
  return { ...adminProducer(producer), products, ...certifications }
}

/** GET /admin/producers/:id (404 when unknown). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ producer: await loadProducer(req, req.params.id!) })
}

/** POST /admin/producers/:id — partial update; refreshes the catalogue rows of its products. */
export async function POST(req: MedusaRequest<ProducerUpdate>, res: MedusaResponse) {
  const id = req.params.id!
  const service = req.scope.resolve<ProducerModuleService>(PRODUCER_MODULE)
  await service.retrieveProducer(id)
  const handle = req.validatedBody.handle
  if (handle) {
    const [taken] = await service.listProducers({ handle, id: { $ne: id } }, { take: 1 })
    if (taken) return sendDuplicate(res, "handle", requestLocale(req))
  }
  await updateProducersWorkflow(req.scope).run({ input: { producers: [{ ...req.validatedBody, id }] } })
  res.json({ producer: await loadProducer(req, id) })
}
