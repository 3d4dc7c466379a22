import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "zod"
import { POINT_OF_SALE_MODULE } from "../../../../../modules/point-of-sale"
import type PointOfSaleModuleService from "../../../../../modules/point-of-sale/service"
import { requestLocale } from "../../../../utils/http"
import { placeFor } from "../../../../utils/place-access"
import type { createRegisterSchema } from "../../validators"

/** GET /admin/points-of-sale/:id/registers — the place's registers, each with its open session if any. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const place = await placeFor(req, req.params.id!, "read")
  const service = req.scope.resolve<PointOfSaleModuleService>(POINT_OF_SALE_MODULE)
  const [registers, open] = await Promise.all([
    service.listCashRegisters({ point_of_sale_id: place.id }, { order: { name: "ASC" } }),
    service.listRegisterSessions({ point_of_sale_id: place.id, status: "open" }),
  ])
  res.json({
    registers: registers.map((r) => ({
      id: r.id,
      name: r.name,
      active: r.active,
      open_session: open.find((s) => s.register_id === r.id) ?? null,
    })),
  })
}

/** POST /admin/points-of-sale/:id/registers — another counter at the place (trade promotion). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const place = await placeFor(req, req.params.id!, "write")
  const { name } = req.validatedBody as z.infer<typeof createRegisterSchema>
  const service = req.scope.resolve<PointOfSaleModuleService>(POINT_OF_SALE_MODULE)
  if ((await service.listCashRegisters({ point_of_sale_id: place.id, name })).length) {
    const message = requestLocale(req) === "en" ? "This name is already used here" : "Tên quầy đã được dùng"
    return res.status(409).json({ type: "duplicate_error", message, errors: { name: message } })
  }
  const register = await service.createCashRegisters({ point_of_sale_id: place.id, name })
  res.status(201).json({ register })
}
