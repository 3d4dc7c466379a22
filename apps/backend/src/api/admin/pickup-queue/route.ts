import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { z } from "zod"
import { placeFor } from "../../utils/place-access"
import { pickupQueue } from "./queue-list"
import type { pickupQueueQuerySchema } from "./validators"

/** GET /admin/pickup-queue?point_of_sale_id=&state= — the place's online orders to collect. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.validatedQuery as z.infer<typeof pickupQueueQuerySchema>
  const place = await placeFor(req, query.point_of_sale_id, "read")
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows, count } = await pickupQueue(knex, place, query)
  res.json({ pickup_orders: rows, count, limit: query.limit, offset: query.offset })
}
