import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { CATALOGUE_MAX_LIMIT, type ProducerDetailResponse } from "@ocop/domain"
import { OCOP_MODULE } from "../../../../modules/ocop"
import type OcopModuleService from "../../../../modules/ocop/service"
import { PRODUCER_MODULE } from "../../../../modules/producer"
import type ProducerModuleService from "../../../../modules/producer/service"
import { producerProfile } from "../../../utils/serialize"
import { catalogueCards } from "../../catalogue/cards"

/** GET /store/producers/:handle — an active producer's page with its certified products (newest first). */
export async function GET(req: MedusaRequest, res: MedusaResponse<ProducerDetailResponse>) {
  const handle = req.params.handle!
  const service = req.scope.resolve<ProducerModuleService>(PRODUCER_MODULE)
  const [producer] = await service.listProducers({ handle, status: "active" }, { take: 1 })
  if (!producer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No producer with handle ${handle}`)
  const ocop = req.scope.resolve<OcopModuleService>(OCOP_MODULE)
  const { rows, count } = await ocop.searchCatalogue(
    { producer: handle },
    { sort: "newest", limit: CATALOGUE_MAX_LIMIT, offset: 0 }
  )
  res.json({ producer: producerProfile(producer, count), products: await catalogueCards(req.scope, rows) })
}
