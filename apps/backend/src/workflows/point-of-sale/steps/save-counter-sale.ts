import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { POINT_OF_SALE_MODULE } from "../../../modules/point-of-sale"
import type PointOfSaleModuleService from "../../../modules/point-of-sale/service"
import type { PlaceRow } from "../pickup-options"
import { invoiceDataOf } from "../sales/invoice-data"
import type { PreparedSale, SessionRow } from "./prepare-counter-sale"

export const saveCounterSaleStepId = "save-counter-sale"

export type SaveCounterSaleInput = {
  place: PlaceRow
  session: SessionRow
  sale: PreparedSale
  order: { id: string; display_id: number }
  idempotency_key: string
  clerk_id: string
  buyer: { name?: string | null; email?: string | null; phone?: string | null } | null
  offline_at: string | null
}

/**
 * The sale's own record and the cash it put in the drawer (cash taken net of change). After the
 * stock has left the shelf, a level below zero — possible only for a sale made offline — flags the
 * sale for the manager. The compensation deletes the record and the movement.
 */
export const saveCounterSaleStep = createStep(
  saveCounterSaleStepId,
  async (input: SaveCounterSaleInput, { container }) => {
    const service = container.resolve<PointOfSaleModuleService>(POINT_OF_SALE_MODULE)
    const { sale, place } = input
    let below: { inventory_item_id: string; stocked: number }[] = []
    const itemIds = [...new Set(sale.lines.map((l) => l.inventory_item_id).filter((id): id is string => Boolean(id)))]
    if (input.offline_at && itemIds.length) {
      const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const { rows } = await knex.raw(
        `SELECT inventory_item_id, stocked_quantity::int AS stocked FROM inventory_level
         WHERE location_id = ? AND inventory_item_id = ANY(?) AND deleted_at IS NULL AND stocked_quantity < 0`,
        [place.stock_location_id, itemIds],
      )
      below = rows
    }
    const flag = below.length ? "below_zero" : sale.after_close ? "after_close" : null
    const buyer = input.buyer && (input.buyer.name || input.buyer.email || input.buyer.phone) ? input.buyer : null
    const created = await service.createCounterSales({
      idempotency_key: input.idempotency_key,
      point_of_sale_id: place.id,
      register_session_id: input.session.id,
      order_id: input.order.id,
      display_id: input.order.display_id,
      clerk_id: input.clerk_id,
      buyer: buyer as Record<string, unknown> | null,
      lines: sale.lines as unknown as Record<string, unknown>,
      payments: sale.payments as unknown as Record<string, unknown>,
      subtotal: sale.subtotal,
      discount_total: sale.discount_total,
      total: sale.total,
      vat_total: sale.vat_total,
      discount_approved_by: sale.approved_by,
      invoice: invoiceDataOf({
        place,
        buyer: buyer ? { name: buyer.name ?? null, email: buyer.email ?? null, phone: buyer.phone ?? null } : null,
        lines: sale.lines,
        payments: sale.payments,
        issued_at: input.offline_at ? new Date(input.offline_at) : new Date(),
      }) as unknown as Record<string, unknown>,
      offline_at: input.offline_at ? new Date(input.offline_at) : null,
      flag,
      flag_detail: flag === "below_zero" ? ({ levels: below, short: sale.short } as Record<string, unknown>) : null,
    })
    const cash = sale.payments.find((p) => p.method === "cash")
    let movementId: string | null = null
    if (cash && cash.amount > 0) {
      const movement = await service.createCashMovements({
        session_id: input.session.id,
        point_of_sale_id: place.id,
        kind: "sale",
        amount: cash.amount,
        counter_sale_id: created.id,
        order_id: input.order.id,
        created_by: input.clerk_id,
        after_close: sale.after_close,
      })
      movementId = movement.id
    }
    return new StepResponse(created, { sale_id: created.id, movement_id: movementId })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = container.resolve<PointOfSaleModuleService>(POINT_OF_SALE_MODULE)
    if (undo.movement_id) await service.deleteCashMovements([undo.movement_id])
    await service.deleteCounterSales([undo.sale_id])
  },
)
