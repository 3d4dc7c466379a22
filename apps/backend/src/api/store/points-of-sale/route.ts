import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { listedToBuyers } from "@ocop/domain"
import { POINT_OF_SALE_MODULE } from "../../../modules/point-of-sale"
import type PointOfSaleModuleService from "../../../modules/point-of-sale/service"
import { inStockAt } from "./in-stock"
import { storePlace } from "./serialize"

/**
 * GET /store/points-of-sale — the showrooms (paused ones too) and the booths of events now open.
 * `?product=<handle>`: only the places that have that product in stock, each with its units.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const service = req.scope.resolve<PointOfSaleModuleService>(POINT_OF_SALE_MODULE)
  const places = (await service.listPointOfSales({ status: ["active", "paused"] }, { order: { name: "ASC" } })).filter(
    listedToBuyers,
  )
  const product = typeof req.query.product === "string" ? req.query.product.trim().slice(0, 200) : ""
  if (!product) return res.json({ points_of_sale: places.map((p) => storePlace(p)) })
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const stock = await inStockAt(
    knex,
    places.map((p) => p.stock_location_id),
    product,
  )
  res.json({
    points_of_sale: places.flatMap((p) => {
      const here = stock.find((s) => s.location_id === p.stock_location_id)
      return here ? [{ ...storePlace(p), units: here.units }] : []
    }),
  })
}
