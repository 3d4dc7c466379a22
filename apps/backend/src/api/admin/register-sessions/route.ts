import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { posRefusalMessage } from "@ocop/domain"
import type { z } from "zod"
import { POINT_OF_SALE_MODULE } from "../../../modules/point-of-sale"
import type PointOfSaleModuleService from "../../../modules/point-of-sale/service"
import { openRegisterSessionWorkflow } from "../../../workflows/point-of-sale/workflows/register-sessions"
import { requestLocale } from "../../utils/http"
import { orderOf } from "../../utils/paging"
import { placeFor, placeListFilter } from "../../utils/place-access"
import { sessionView } from "./load"
import type { registerSessionsQuerySchema } from "./validators"

/** GET /admin/register-sessions — sessions of the places the caller may see. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.validatedQuery as z.infer<typeof registerSessionsQuerySchema>
  const service = req.scope.resolve<PointOfSaleModuleService>(POINT_OF_SALE_MODULE)
  const filters: Record<string, unknown> = await placeListFilter(req, query.point_of_sale_id)
  if (query.register_id) filters.register_id = query.register_id
  if (query.status) filters.status = query.status
  const [rows, count] = await service.listAndCountRegisterSessions(filters, {
    order: orderOf(query.order),
    skip: query.offset,
    take: query.limit,
  })
  res.json({
    register_sessions: await Promise.all(rows.map((s) => sessionView(service, s))),
    count,
    limit: query.limit,
    offset: query.offset,
  })
}

/** POST /admin/register-sessions {register_id, opening_float} — opens a register with its float. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const body = req.validatedBody as { register_id: string; opening_float: number }
  const service = req.scope.resolve<PointOfSaleModuleService>(POINT_OF_SALE_MODULE)
  const locale = requestLocale(req)
  const [register] = await service.listCashRegisters({ id: body.register_id })
  if (!register) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      posRefusalMessage("register_not_found", locale),
      "register_not_found",
    )
  }
  const place = await placeFor(req, register.point_of_sale_id, "write")
  const { result } = await openRegisterSessionWorkflow(req.scope).run({
    input: {
      place_id: place.id,
      register_id: register.id,
      opening_float: body.opening_float,
      actor_id: req.auth_context.actor_id,
      locale,
    },
  })
  res.status(201).json({ register_session: await sessionView(service, result) })
}
