import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { producerOrderPage } from "../queries/orders"
import { currentProducer } from "../scope"
import type { ProducerOrdersQuery } from "../validators"
import { loadProducerOrders } from "./load"

/** GET /producer/orders — orders holding the producer's products, newest first, its lines only. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.validatedQuery as unknown as ProducerOrdersQuery
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { refs, count } = await producerOrderPage(knex, currentProducer(req).id, query)
  res.json({ orders: await loadProducerOrders(req.scope, refs), count, limit: query.limit, offset: query.offset })
}
