import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { mayActAtPlace, posRefusalMessage } from "@ocop/domain"
import { POINT_OF_SALE_MODULE } from "../../../modules/point-of-sale"
import type PointOfSaleModuleService from "../../../modules/point-of-sale/service"
import { requestLocale } from "../../utils/http"
import { counterActor, placeAtLocation } from "../../utils/place-access"

export type TransferRow = Awaited<ReturnType<PointOfSaleModuleService["listStockTransfers"]>>[number]

/** The stock locations of the places a clerk works at; null for roles that see every transfer. */
export async function visibleLocationIds(req: AuthenticatedMedusaRequest): Promise<string[] | null> {
  const actor = await counterActor(req)
  if (actor.role !== "pos_clerk") return null
  const places = req.scope.resolve<PointOfSaleModuleService>(POINT_OF_SALE_MODULE)
  const rows = await places.listPointOfSales({ id: actor.places }, { select: ["stock_location_id"] })
  return rows.map((p) => p.stock_location_id)
}

/**
 * A transfer the caller may see (a clerk: one to or from their places). With `receive`, the caller
 * must also work at the destination: a clerk of another place cannot receive it, and only trade
 * promotion or an administrator receives at a location that is not a place (the warehouse).
 */
export async function transferFor(req: AuthenticatedMedusaRequest, id: string, need: "read" | "receive") {
  const locale = requestLocale(req)
  const service = req.scope.resolve<PointOfSaleModuleService>(POINT_OF_SALE_MODULE)
  const [transfer] = await service.listStockTransfers({ id }, { relations: ["lines"] })
  const notFound = () =>
    new MedusaError(MedusaError.Types.NOT_FOUND, posRefusalMessage("transfer_not_found", locale), "transfer_not_found")
  if (!transfer) throw notFound()
  const visible = await visibleLocationIds(req)
  if (visible && !visible.includes(transfer.from_location_id) && !visible.includes(transfer.to_location_id)) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, posRefusalMessage("not_your_place", locale), "not_your_place")
  }
  if (need === "receive") {
    const actor = await counterActor(req)
    const place = await placeAtLocation(req, transfer.to_location_id)
    const allowed = place
      ? mayActAtPlace(actor.role, actor.places, place.id, "write")
      : actor.role === "admin" || actor.role === "trade_promotion"
    if (!allowed)
      throw new MedusaError(MedusaError.Types.FORBIDDEN, posRefusalMessage("not_your_place", locale), "not_your_place")
  }
  return { transfer, service }
}

/** A transfer with the names of its two places and per-line totals, as the delivery note prints it. */
export async function transferView(req: AuthenticatedMedusaRequest, transfer: TransferRow) {
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await knex.raw(`SELECT id, name FROM stock_location WHERE id = ANY(?)`, [
    [transfer.from_location_id, transfer.to_location_id],
  ])
  const name = (id: string) => (rows as { id: string; name: string }[]).find((r) => r.id === id)?.name ?? null
  const lines = ((transfer as any).lines ?? []) as any[]
  return {
    ...transfer,
    code: `PC-${String(transfer.number).padStart(5, "0")}`,
    from_name: name(transfer.from_location_id),
    to_name: name(transfer.to_location_id),
    lines: lines
      .map((l) => ({ ...l, transfer: undefined, transfer_id: undefined }))
      .sort((a, b) => String(a.title).localeCompare(String(b.title), "vi")),
    totals: {
      sent: lines.reduce((a, l) => a + l.quantity, 0),
      received: lines.reduce((a, l) => a + (l.received_quantity ?? 0), 0),
      lost: lines.reduce((a, l) => a + (l.lost_quantity ?? 0), 0),
    },
  }
}
