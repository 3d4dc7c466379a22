import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { matchesSearch } from "@ocop/domain"
import type { z } from "zod"
import { sellableAt } from "../../../../../workflows/point-of-sale/sellable"
import { placeFor } from "../../../../utils/place-access"
import type { placeStockQuerySchema } from "../../validators"

/**
 * GET /admin/points-of-sale/:id/stock — every variant the place keeps: price, stock, reserved,
 * incoming (transfers on their way), available and whether it is running out (available ≤ the
 * place's low-stock threshold). The counter screen loads this once and searches it on the device.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const place = await placeFor(req, req.params.id!, "read")
  const query = req.validatedQuery as z.infer<typeof placeStockQuerySchema>
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  let rows = (await sellableAt(knex, place.stock_location_id)).map((r) => ({
    ...r,
    low: r.manage_inventory && r.available <= place.low_stock_threshold,
  }))
  if (query.low === "true") rows = rows.filter((r) => r.low)
  if (query.q)
    rows = rows.filter((r) => matchesSearch(`${r.product_title} ${r.variant_title ?? ""} ${r.sku ?? ""}`, query.q!))
  res.json({ stock: rows, count: rows.length, low_stock_threshold: place.low_stock_threshold })
}
