import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ProducerUpdate } from "@ocop/domain"
import { PRODUCER_MODULE } from "../../../../modules/producer"
import type ProducerModuleService from "../../../../modules/producer/service"
import { updateProducersWorkflow } from "../../../../workflows/producer/workflows/update-producers"
import { requestLocale, sendDuplicate } from "../../../utils/http"
import { adminProducer } from "../../../utils/serialize"

/** The producer with the ids, handles and titles of its products. */
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
  return { ...adminProducer(producer), products }
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
