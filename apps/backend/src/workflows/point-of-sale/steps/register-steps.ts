import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { countedCash, differenceNeedsNote, expectedCash, type DomainLocale } from "@ocop/domain"
import { POINT_OF_SALE_MODULE } from "../../../modules/point-of-sale"
import type PointOfSaleModuleService from "../../../modules/point-of-sale/service"
import { posError } from "../errors"

const service = (container: { resolve: <T>(key: string) => T }) =>
  container.resolve<PointOfSaleModuleService>(POINT_OF_SALE_MODULE)

/** The drawer's expected cash: the sum of the session's movements, read from the database. */
export async function sessionExpectedCash(places: PointOfSaleModuleService, sessionId: string): Promise<number> {
  const movements = await places.listCashMovements({ session_id: sessionId }, { select: ["amount"] })
  return expectedCash(movements)
}

export type OpenSessionInput = {
  place_id: string
  register_id: string
  opening_float: number
  actor_id: string
  locale: DomainLocale
}

/**
 * Opens a register with its float (the first movement). The partial unique index on open sessions
 * makes a second "open" of the same register fail even when two arrive at once.
 */
export const openRegisterSessionStep = createStep(
  "open-register-session",
  async (input: OpenSessionInput, { container }) => {
    const places = service(container)
    const [register] = await places.listCashRegisters({ id: input.register_id, point_of_sale_id: input.place_id })
    if (!register) throw posError("register_not_found", input.locale)
    const [open] = await places.listRegisterSessions({ register_id: register.id, status: "open" })
    if (open) throw posError("session_already_open", input.locale)
    let session
    try {
      session = await places.createRegisterSessions({
        register_id: register.id,
        point_of_sale_id: input.place_id,
        opened_by: input.actor_id,
        opened_at: new Date(),
        opening_float: input.opening_float,
      })
    } catch {
      throw posError("session_already_open", input.locale)
    }
    const movement = await places.createCashMovements({
      session_id: session.id,
      point_of_sale_id: input.place_id,
      kind: "float",
      amount: input.opening_float,
      reason: "Tiền lẻ đầu ca",
      created_by: input.actor_id,
    })
    return new StepResponse(session, { session_id: session.id, movement_id: movement.id })
  },
  async (undo, { container }) => {
    if (!undo) return
    await service(container).deleteCashMovements([undo.movement_id])
    await service(container).deleteRegisterSessions([undo.session_id])
  },
)

export type CashMovementStepInput = {
  session_id: string
  place_id: string
  kind: "cash_in" | "cash_out" | "pickup_payment"
  amount: number
  reason: string | null
  order_id?: string | null
  actor_id: string
  locale: DomainLocale
}

/** Cash put in or taken out of an open drawer; taking out more than it holds is refused. */
export const recordCashMovementStep = createStep(
  "record-cash-movement",
  async (input: CashMovementStepInput, { container }) => {
    const places = service(container)
    const [session] = await places.listRegisterSessions({ id: input.session_id })
    if (!session || session.point_of_sale_id !== input.place_id) throw posError("session_not_found", input.locale)
    if (session.status !== "open") throw posError("session_closed", input.locale)
    const signed = input.kind === "cash_out" ? -input.amount : input.amount
    if (signed < 0 && (await sessionExpectedCash(places, session.id)) + signed < 0) {
      throw posError("cash_short_for_refund", input.locale)
    }
    const movement = await places.createCashMovements({
      session_id: session.id,
      point_of_sale_id: input.place_id,
      kind: input.kind,
      amount: signed,
      reason: input.reason,
      order_id: input.order_id ?? null,
      created_by: input.actor_id,
    })
    return new StepResponse(movement, movement.id)
  },
  async (id, { container }) => {
    if (id) await service(container).deleteCashMovements([id])
  },
)

export type CloseSessionInput = {
  session_id: string
  place_id: string
  counted: Record<string, number>
  note: string | null
  threshold: number
  actor_id: string
  locale: DomainLocale
}

/**
 * Closes a session with the notes and coins counted. The expected cash is the sum of its
 * movements, computed here and never taken from the client; a difference above the place's
 * threshold needs a note. The compensation reopens the session.
 */
export const closeRegisterSessionStep = createStep(
  "close-register-session",
  async (input: CloseSessionInput, { container }) => {
    const places = service(container)
    const [session] = await places.listRegisterSessions({ id: input.session_id })
    if (!session || session.point_of_sale_id !== input.place_id) throw posError("session_not_found", input.locale)
    if (session.status !== "open") throw posError("session_closed", input.locale)
    const expected = await sessionExpectedCash(places, session.id)
    const counted = countedCash(input.counted)
    const difference = counted - expected
    if (differenceNeedsNote(difference, input.threshold) && !input.note)
      throw posError("difference_needs_note", input.locale)
    const closed = await places.updateRegisterSessions({
      id: session.id,
      status: "closed",
      closed_by: input.actor_id,
      closed_at: new Date(),
      counted: input.counted,
      counted_cash: counted,
      expected_cash: expected,
      difference,
      close_note: input.note,
    })
    return new StepResponse(closed, session.id)
  },
  async (id, { container }) => {
    if (!id) return
    await service(container).updateRegisterSessions({
      id,
      status: "open",
      closed_by: null,
      closed_at: null,
      counted: null,
      counted_cash: null,
      expected_cash: null,
      difference: null,
      close_note: null,
    })
  },
)
