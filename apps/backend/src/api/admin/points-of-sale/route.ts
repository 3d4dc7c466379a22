import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { foldVietnamese, type PointOfSaleValues } from "@ocop/domain"
import type { z } from "zod"
import { POINT_OF_SALE_MODULE } from "../../../modules/point-of-sale"
import type PointOfSaleModuleService from "../../../modules/point-of-sale/service"
import { createPointOfSaleWorkflow } from "../../../workflows/point-of-sale/workflows/create-point-of-sale"
import { requestLocale } from "../../utils/http"
import { orderOf } from "../../utils/paging"
import { visiblePlaceIds } from "../../utils/place-access"
import { placeView } from "./serialize"
import type { adminPlacesQuerySchema } from "./validators"

/** GET /admin/points-of-sale — the places the caller may see (a clerk: only their own). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.validatedQuery as z.infer<typeof adminPlacesQuerySchema>
  const service = req.scope.resolve<PointOfSaleModuleService>(POINT_OF_SALE_MODULE)
  const visible = await visiblePlaceIds(req)
  const filters: Record<string, unknown> = {}
  const ids = query.id ? (visible ? query.id.filter((id) => visible.includes(id)) : query.id) : visible
  if (ids) filters.id = ids
  if (query.kind) filters.kind = query.kind
  if (query.status) filters.status = query.status
  let rows = await service.listPointOfSales(filters, { order: orderOf(query.order) })
  // A province has a handful of places: search in memory, without marks.
  if (query.q) {
    const q = foldVietnamese(query.q)
    rows = rows.filter((p) => foldVietnamese(`${p.name} ${p.code} ${p.ward}`).includes(q))
  }
  res.json({
    points_of_sale: rows.slice(query.offset, query.offset + query.limit).map((p) => placeView(p)),
    count: rows.length,
    limit: query.limit,
    offset: query.offset,
  })
}

/** POST /admin/points-of-sale — a new place with its own stock location, sales channel and first register. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const values = req.validatedBody as PointOfSaleValues
  const locale = requestLocale(req)
  const service = req.scope.resolve<PointOfSaleModuleService>(POINT_OF_SALE_MODULE)
  const taken = await service.listPointOfSales({ $or: [{ code: values.code }, { handle: values.handle }] })
  if (taken.length) {
    const field = taken.some((p) => p.code === values.code) ? "code" : "handle"
    const message = locale === "en" ? "Already used by another place of sale" : "Đã được dùng cho điểm bán khác"
    return res.status(409).json({ type: "duplicate_error", message, errors: { [field]: message } })
  }
  const { result } = await createPointOfSaleWorkflow(req.scope).run({ input: { values } })
  res.status(201).json({ point_of_sale: placeView(result) })
}
