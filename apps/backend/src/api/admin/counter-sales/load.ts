import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { posRefusalMessage } from "@ocop/domain"
import { POINT_OF_SALE_MODULE } from "../../../modules/point-of-sale"
import type PointOfSaleModuleService from "../../../modules/point-of-sale/service"
import type { PlaceRow } from "../../../workflows/point-of-sale/pickup-options"
import { requestLocale } from "../../utils/http"
import { placeFor } from "../../utils/place-access"

export type CounterSaleRow = Awaited<ReturnType<PointOfSaleModuleService["listCounterSales"]>>[number]

/** A counter sale and its place, after checking that the caller may `need` that place. */
export async function saleFor(req: AuthenticatedMedusaRequest, id: string, need: "read" | "write") {
  const service = req.scope.resolve<PointOfSaleModuleService>(POINT_OF_SALE_MODULE)
  const [sale] = await service.listCounterSales({ id })
  if (!sale)
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      posRefusalMessage("sale_not_found", requestLocale(req)),
      "sale_not_found",
    )
  const place = await placeFor(req, sale.point_of_sale_id, need)
  return { sale, place, service }
}

/** A sale as receipts and lists show it: the row, its place and its returns. */
export async function saleView(service: PointOfSaleModuleService, sale: CounterSaleRow, place?: PlaceRow) {
  const [returns, placeRow] = await Promise.all([
    service.listCounterReturns({ counter_sale_id: sale.id }, { order: { created_at: "ASC" } }),
    place ? Promise.resolve(place) : service.listPointOfSales({ id: sale.point_of_sale_id }).then((r) => r[0]),
  ])
  return {
    ...sale,
    receipt_number: sale.display_id ? `HĐ ${placeRow?.code.toUpperCase() ?? ""}-${sale.display_id}` : null,
    point_of_sale: placeRow
      ? {
          id: placeRow.id,
          code: placeRow.code,
          name: placeRow.name,
          address: [placeRow.address_1, placeRow.ward, placeRow.province].join(", "),
          phone: placeRow.phone,
        }
      : null,
    returns,
  }
}
