import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CATALOGUE_MAX_LIMIT, type ProducerDetailResponse } from "@ocop/domain"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { countCatalogue } from "../../../../modules/ocop/catalogue-search"
import { PRODUCER_MODULE } from "../../../../modules/producer"
import type ProducerModuleService from "../../../../modules/producer/service"
import { producerProfile } from "../../../utils/serialize"
import { catalogueCardsPage } from "../../catalogue/cards"

/** GET /store/producers/:handle — an active producer's page with its certified products (newest first). */
export async function GET(req: MedusaRequest, res: MedusaResponse<ProducerDetailResponse>) {
  const handle = req.params.handle!
  const service = req.scope.resolve<ProducerModuleService>(PRODUCER_MODULE)
  const [producer] = await service.listProducers({ handle, status: "active" }, { take: 1 })
  if (!producer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No producer with handle ${handle}`)
  // The same page reader as /store/catalogue, so a producer's page shows exactly the catalogue's cards.
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const filters = { producer: handle }
  const [{ products }, count] = await Promise.all([
    catalogueCardsPage(knex, filters, { sort: "newest", limit: CATALOGUE_MAX_LIMIT, offset: 0 }),
    countCatalogue(knex, filters),
  ])
  res.json({ producer: producerProfile(producer, count), products })
}
