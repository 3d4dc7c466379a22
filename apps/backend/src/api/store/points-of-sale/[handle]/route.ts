import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { POINT_OF_SALE_MODULE } from "../../../../modules/point-of-sale"
import type PointOfSaleModuleService from "../../../../modules/point-of-sale/service"
import { inStockAt } from "../in-stock"
import { storePlace } from "../serialize"

/** GET /store/points-of-sale/:handle — a place and the listed products in stock there. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const service = req.scope.resolve<PointOfSaleModuleService>(POINT_OF_SALE_MODULE)
  const [place] = await service.listPointOfSales({ handle: req.params.handle!, status: ["active", "paused"] })
  if (!place) throw new MedusaError(MedusaError.Types.NOT_FOUND, "No such point of sale")
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const products = (await inStockAt(knex, [place.stock_location_id])).map(({ location_id: _l, ...p }) => p)
  res.json({ point_of_sale: { ...storePlace(place), products } })
}
