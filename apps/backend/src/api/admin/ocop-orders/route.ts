import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { listOrders } from "./order-list"
import type { AdminOcopOrdersQuery } from "./validators"

/**
 * GET /admin/ocop-orders — the console's order list: filters by status, payment (state and
 * method), fulfilment, delivery or pickup place, Vietnam days and a search; one SQL statement.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.validatedQuery as unknown as AdminOcopOrdersQuery
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows, count } = await listOrders(knex, query)
  res.json({ orders: rows, count, limit: query.limit, offset: query.offset })
}
