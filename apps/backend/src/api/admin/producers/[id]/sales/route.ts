import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../../../../modules/producer"
import type ProducerModuleService from "../../../../../modules/producer/service"
import { salesPeriods } from "./sales-periods"
import { producerSales } from "./sales-query"

/**
 * GET /admin/producers/:id/sales — orders, units and revenue of the producer's products: this month,
 * this year, all time and the last twelve months, in Vietnam time. Cancelled orders do not count;
 * revenue is what buyers were charged for the lines (prices include VAT), VND and USD apart.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const id = req.params.id!
  // 404 for an unknown producer rather than zeros that look like a real producer without sales.
  await req.scope.resolve<ProducerModuleService>(PRODUCER_MODULE).retrieveProducer(id)
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const sales = await producerSales(knex, id, salesPeriods(new Date()))
  res.json({ sales: { producer_id: id, ...sales } })
}
