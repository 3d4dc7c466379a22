import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import type { CounterSaleValues } from "@ocop/domain"
import type { z } from "zod"
import { POINT_OF_SALE_MODULE } from "../../../modules/point-of-sale"
import type PointOfSaleModuleService from "../../../modules/point-of-sale/service"
import { vndRegionId } from "../../../workflows/point-of-sale/region"
import { createCounterSaleWorkflow } from "../../../workflows/point-of-sale/workflows/create-counter-sale"
import { requestLocale } from "../../utils/http"
import { orderOf } from "../../utils/paging"
import { placeFor, placeListFilter } from "../../utils/place-access"
import { sessionFor } from "../register-sessions/load"
import { saleView } from "./load"
import type { counterSalesQuerySchema } from "./validators"

/** GET /admin/counter-sales — sales of the places the caller may see; `flagged=true`: waiting for a manager. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.validatedQuery as z.infer<typeof counterSalesQuerySchema>
  const service = req.scope.resolve<PointOfSaleModuleService>(POINT_OF_SALE_MODULE)
  const filters: Record<string, unknown> = await placeListFilter(req, query.point_of_sale_id)
  if (query.register_session_id) filters.register_session_id = query.register_session_id
  if (query.flagged === "true") Object.assign(filters, { flag: { $ne: null }, flag_resolved_at: null })
  const [rows, count] = await service.listAndCountCounterSales(filters, {
    order: orderOf(query.order),
    skip: query.offset,
    take: query.limit,
  })
  res.json({
    counter_sales: await Promise.all(rows.map((s) => saleView(service, s))),
    count,
    limit: query.limit,
    offset: query.offset,
  })
}

/**
 * POST /admin/counter-sales — a sale from the counter screen. Idempotent on `idempotency_key`: the
 * same key sent again (a retry, or an offline sale replayed) answers the sale already recorded with
 * 200 and makes nothing new; under a lock per key, so two copies arriving at once make one sale.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const values = req.validatedBody as CounterSaleValues
  const service = req.scope.resolve<PointOfSaleModuleService>(POINT_OF_SALE_MODULE)
  const locking = req.scope.resolve(Modules.LOCKING)
  const { session, place } = await sessionFor(req, values.register_session_id, "write")
  const outcome = await locking.execute(`counter-sale:${values.idempotency_key}`, async () => {
    const [existing] = await service.listCounterSales({ idempotency_key: values.idempotency_key })
    if (existing) return { sale: existing, replayed: true }
    const { result } = await createCounterSaleWorkflow(req.scope).run({
      input: {
        place,
        session,
        values,
        region_id: await vndRegionId(req.scope),
        clerk_id: req.auth_context.actor_id,
        locale: requestLocale(req),
      },
    })
    return { sale: result, replayed: false }
  })
  // A key reused for another place's sale is not this caller's to see.
  if (outcome.sale.point_of_sale_id !== place.id) await placeFor(req, outcome.sale.point_of_sale_id, "read")
  res.status(outcome.replayed ? 200 : 201).json({
    counter_sale: await saleView(service, outcome.sale),
    replayed: outcome.replayed,
  })
}
