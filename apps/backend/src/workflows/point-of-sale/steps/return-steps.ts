import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CounterReturnValues, DomainLocale } from "@ocop/domain"
import { POINT_OF_SALE_MODULE } from "../../../modules/point-of-sale"
import type PointOfSaleModuleService from "../../../modules/point-of-sale/service"
import { verifyManagerApproval } from "../approval"
import { posError } from "../errors"
import type { PlaceRow } from "../pickup-options"
import type { SaleLine, SalePayment } from "../sales/plan-sale"
import { planCounterReturn, type ReturnedLine, type ReturnPlan } from "../sales/plan-return"
import { sessionExpectedCash } from "./register-steps"

const places = (container: { resolve: <T>(key: string) => T }) =>
  container.resolve<PointOfSaleModuleService>(POINT_OF_SALE_MODULE)

export type PrepareReturnInput = {
  place: PlaceRow
  sale_id: string
  values: CounterReturnValues
  locale: DomainLocale
}

export type PreparedReturn = ReturnPlan & { approved_by: string | null; location_id: string }

/**
 * Checks a return or void against the sale, what was returned before, the open register it is
 * refunded from and the place's rules (a void needs a manager), and plans the refund. Writes nothing.
 */
export const prepareCounterReturnStep = createStep(
  "prepare-counter-return",
  async (input: PrepareReturnInput, { container }) => {
    const service = places(container)
    const { values, locale, place } = input
    const [sale] = await service.listCounterSales({ id: input.sale_id })
    if (!sale || sale.point_of_sale_id !== place.id) throw posError("sale_not_found", locale)
    if (sale.status === "voided") throw posError("sale_voided", locale)
    const [session] = await service.listRegisterSessions({ id: values.register_session_id })
    if (!session || session.point_of_sale_id !== place.id) throw posError("session_not_found", locale)
    if (session.status !== "open") throw posError("session_closed", locale)
    const lines = sale.lines as unknown as SaleLine[]
    const previous = (await service.listCounterReturns({ counter_sale_id: sale.id })) as unknown as {
      lines: ReturnedLine[]
      refunds: { method: SalePayment["method"]; amount: number }[]
    }[]
    const wanted =
      values.kind === "void"
        ? "all"
        : values.lines.map((l) => ({ line_index: Number(l.line_id), quantity: l.quantity }))
    if (wanted !== "all" && wanted.some((w) => !Number.isInteger(w.line_index))) throw posError("over_return", locale)
    const planned = planCounterReturn({ lines, payments: sale.payments as unknown as SalePayment[] }, previous, wanted)
    if ("refusal" in planned) throw posError(planned.refusal, locale)
    let approvedBy: string | null = null
    if (values.kind === "void") {
      approvedBy = values.approval ? await verifyManagerApproval(container, values.approval, place) : null
      if (!approvedBy) throw posError(values.approval ? "approval_invalid" : "void_needs_approval", locale)
    }
    const cash = planned.plan.refunds.find((r) => r.method === "cash")?.amount ?? 0
    if (cash > 0 && (await sessionExpectedCash(service, session.id)) < cash)
      throw posError("cash_short_for_refund", locale)
    return new StepResponse<PreparedReturn>({
      ...planned.plan,
      approved_by: approvedBy,
      location_id: place.stock_location_id,
    })
  },
)

/** Puts returned units back on the place's shelf, under the inventory locks; the compensation takes them off. */
export const restockReturnStep = createStep(
  "restock-counter-return",
  async (input: { location_id: string; lines: ReturnedLine[] }, { container }) => {
    const inventory = container.resolve(Modules.INVENTORY)
    const locking = container.resolve(Modules.LOCKING)
    const moves = input.lines
      .filter((l) => l.inventory_item_id)
      .map((l) => ({ inventoryItemId: l.inventory_item_id!, locationId: input.location_id, adjustment: l.quantity }))
    if (!moves.length) return new StepResponse(null, null)
    await locking.execute([...new Set(moves.map((m) => m.inventoryItemId))], () => inventory.adjustInventory(moves))
    return new StepResponse(null, moves)
  },
  async (moves, { container }) => {
    if (!moves) return
    const inventory = container.resolve(Modules.INVENTORY)
    const locking = container.resolve(Modules.LOCKING)
    await locking.execute([...new Set(moves.map((m) => m.inventoryItemId))], () =>
      inventory.adjustInventory(moves.map((m) => ({ ...m, adjustment: -m.adjustment }))),
    )
  },
)

export type SaveReturnInput = {
  place: PlaceRow
  sale_id: string
  values: CounterReturnValues
  plan: PreparedReturn
  actor_id: string
}

/** The return's record, the cash it took from the drawer and the sale's new state; undone by its compensation. */
export const saveCounterReturnStep = createStep(
  "save-counter-return",
  async (input: SaveReturnInput, { container }) => {
    const service = places(container)
    const [sale] = await service.listCounterSales({ id: input.sale_id })
    const created = await service.createCounterReturns({
      counter_sale_id: input.sale_id,
      point_of_sale_id: input.place.id,
      register_session_id: input.values.register_session_id,
      kind: input.values.kind,
      lines: input.plan.lines as unknown as Record<string, unknown>,
      refund_total: input.plan.refund_total,
      refunds: input.plan.refunds as unknown as Record<string, unknown>,
      reason: input.values.reason,
      approved_by: input.plan.approved_by,
      created_by: input.actor_id,
    })
    const cash = input.plan.refunds.find((r) => r.method === "cash")?.amount ?? 0
    const movement =
      cash > 0
        ? await service.createCashMovements({
            session_id: input.values.register_session_id,
            point_of_sale_id: input.place.id,
            kind: "refund",
            amount: -cash,
            reason: input.values.reason,
            counter_sale_id: input.sale_id,
            order_id: sale!.order_id,
            created_by: input.actor_id,
          })
        : null
    const sold = (sale!.lines as unknown as SaleLine[]).reduce((a, l) => a + l.quantity, 0)
    const returnedBefore = ((await service.listCounterReturns({ counter_sale_id: input.sale_id })) as any[])
      .flatMap((r) => r.lines as ReturnedLine[])
      .reduce((a, l) => a + l.quantity, 0)
    const status = input.values.kind === "void" ? "voided" : returnedBefore >= sold ? "returned" : "partially_returned"
    await service.updateCounterSales({
      id: input.sale_id,
      status,
      refunded_total: sale!.refunded_total + input.plan.refund_total,
    })
    return new StepResponse(created, {
      return_id: created.id,
      movement_id: movement?.id ?? null,
      sale_id: input.sale_id,
      status: sale!.status,
      refunded_total: sale!.refunded_total,
    })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = places(container)
    if (undo.movement_id) await service.deleteCashMovements([undo.movement_id])
    await service.deleteCounterReturns([undo.return_id])
    await service.updateCounterSales({ id: undo.sale_id, status: undo.status, refunded_total: undo.refunded_total })
  },
)

/**
 * Refunds through the Medusa payments the sale was paid with (cash, card terminal, VietQR), so
 * the order's payment status tells the truth. Last step: a refund cannot be taken back.
 */
export const refundCounterPaymentsStep = createStep(
  "refund-counter-payments",
  async (input: { refunds: ReturnPlan["refunds"]; actor_id: string; note: string }, { container }) => {
    const payment = container.resolve(Modules.PAYMENT)
    for (const r of input.refunds) {
      if (!r.payment_id || r.amount <= 0) continue
      await payment.refundPayment({
        payment_id: r.payment_id,
        amount: r.amount,
        created_by: input.actor_id,
        note: input.note,
      })
    }
    return new StepResponse(null)
  },
)
