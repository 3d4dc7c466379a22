import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { producerOrderRef } from "../../queries/orders"
import { currentProducer } from "../../scope"
import { loadProducerOrders } from "../load"

/** GET /producer/orders/:id — 404 unless the order holds one of the producer's products. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const ref = await producerOrderRef(knex, currentProducer(req).id, req.params.id!)
  const [order] = ref ? await loadProducerOrders(req.scope, [ref]) : []
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${req.params.id} was not found`)
  res.json({ order })
}
