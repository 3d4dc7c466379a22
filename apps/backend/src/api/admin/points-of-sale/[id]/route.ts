import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "zod"
import type { pointOfSaleUpdateSchema } from "@ocop/domain"
import { POINT_OF_SALE_MODULE } from "../../../../modules/point-of-sale"
import type PointOfSaleModuleService from "../../../../modules/point-of-sale/service"
import { updatePointOfSaleWorkflow } from "../../../../workflows/point-of-sale/workflows/update-point-of-sale"
import { requestLocale } from "../../../utils/http"
import { placeFor } from "../../../utils/place-access"
import { placeView } from "../serialize"

/** GET /admin/points-of-sale/:id */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const place = await placeFor(req, req.params.id!, "read")
  res.json({ point_of_sale: placeView(place) })
}

/** POST /admin/points-of-sale/:id — any field but the code; the stock location's name and address follow. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const place = await placeFor(req, req.params.id!, "write")
  const changes = req.validatedBody as z.infer<typeof pointOfSaleUpdateSchema>
  if (changes.handle && changes.handle !== place.handle) {
    const service = req.scope.resolve<PointOfSaleModuleService>(POINT_OF_SALE_MODULE)
    const taken = await service.listPointOfSales({ handle: changes.handle })
    if (taken.length) {
      const message =
        requestLocale(req) === "en" ? "Already used by another place of sale" : "Đã được dùng cho điểm bán khác"
      return res.status(409).json({ type: "duplicate_error", message, errors: { handle: message } })
    }
  }
  const { result } = await updatePointOfSaleWorkflow(req.scope).run({ input: { place, changes } })
  res.json({ point_of_sale: placeView(result) })
}
