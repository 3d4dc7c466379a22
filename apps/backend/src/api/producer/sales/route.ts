import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { salesPeriod } from "../queries/period"
import { producerSales } from "../queries/sales"
import { currentProducer } from "../scope"
import type { ProducerSalesQuery } from "../validators"

/** GET /producer/sales?from&to — the producer's sales over whole Vietnam days (default: this month). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.validatedQuery as unknown as ProducerSalesQuery
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  res.json(await producerSales(knex, currentProducer(req).id, salesPeriod(query)))
}
