import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ProducerListResponse } from "@ocop/domain"
import { producerProfile } from "../../utils/serialize"
import { fetchActiveProducersPage } from "./active-producers"
import type { StoreProducersQuery } from "./validators"

/** GET /store/producers — active producers with the number of their products in the catalogue. */
export async function GET(req: MedusaRequest, res: MedusaResponse<ProducerListResponse>) {
  const query = req.validatedQuery as unknown as StoreProducersQuery
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { producers, count } = await fetchActiveProducersPage(
    knex,
    { district: query.district, kind: query.kind },
    { limit: query.limit, offset: query.offset },
  )
  res.json({
    producers: producers.map((p) => producerProfile(p, p.product_count)),
    count,
    limit: query.limit,
    offset: query.offset,
  })
}
