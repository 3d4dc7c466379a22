import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "zod"
import type { transferInputSchema } from "@ocop/domain"
import { POINT_OF_SALE_MODULE } from "../../../modules/point-of-sale"
import type PointOfSaleModuleService from "../../../modules/point-of-sale/service"
import { createStockTransferWorkflow } from "../../../workflows/point-of-sale/workflows/stock-transfers"
import { requestLocale } from "../../utils/http"
import { orderOf } from "../../utils/paging"
import { transferView, visibleLocationIds } from "./load"
import type { stockTransfersQuerySchema } from "./validators"

/** GET /admin/stock-transfers — a clerk sees the transfers to and from their places. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.validatedQuery as z.infer<typeof stockTransfersQuerySchema>
  const service = req.scope.resolve<PointOfSaleModuleService>(POINT_OF_SALE_MODULE)
  const visible = await visibleLocationIds(req)
  const locations = query.location_id
    ? visible && !visible.includes(query.location_id)
      ? []
      : [query.location_id]
    : visible
  const filters: Record<string, unknown> = {}
  if (query.status) filters.status = query.status
  if (locations) filters.$or = [{ from_location_id: locations }, { to_location_id: locations }]
  const [rows, count] = await service.listAndCountStockTransfers(filters, {
    relations: ["lines"],
    order: orderOf(query.order),
    skip: query.offset,
    take: query.limit,
  })
  res.json({
    stock_transfers: await Promise.all(rows.map((t) => transferView(req, t))),
    count,
    limit: query.limit,
    offset: query.offset,
  })
}

/** POST /admin/stock-transfers — a draft from one stock location to another (trade promotion). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const body = req.validatedBody as z.infer<typeof transferInputSchema>
  const { result } = await createStockTransferWorkflow(req.scope).run({
    input: { ...body, note: body.note ?? null, actor_id: req.auth_context.actor_id, locale: requestLocale(req) },
  })
  const service = req.scope.resolve<PointOfSaleModuleService>(POINT_OF_SALE_MODULE)
  const [fresh] = await service.listStockTransfers({ id: result.id }, { relations: ["lines"] })
  res.status(201).json({ stock_transfer: await transferView(req, fresh!) })
}
