import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { EVENT_REFUSALS, eventRefusalMessage, type DomainLocale, type EventRefusal } from "@ocop/domain"

const STATUS: Partial<Record<EventRefusal, number>> = {
  event_not_found: 404,
  participant_not_found: 404,
  budget_line_not_found: 404,
  producer_not_found: 404,
  event_closed: 409,
  event_status_move: 409,
  event_handle_taken: 409,
  producer_already_invited: 409,
  budget_line_spent: 409,
}

/** A refusal about an event as Medusa's error, the code in `code`; `answerEventRefusal` turns it into the answer. */
export function eventError(code: EventRefusal, locale: DomainLocale = "vi"): MedusaError {
  const type = STATUS[code] === 404 ? MedusaError.Types.NOT_FOUND : MedusaError.Types.NOT_ALLOWED
  return new MedusaError(type, eventRefusalMessage(code, locale), code)
}

const refusalOf = (error: unknown): EventRefusal | undefined => {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === "string" && Object.prototype.hasOwnProperty.call(EVENT_REFUSALS, code)
    ? (code as EventRefusal)
    : undefined
}

/**
 * Runs a route's work and answers an event refusal with its own status: 404 for what does not
 * exist (or is another producer's), 409 for what the event's state forbids, 400 for the rest —
 * Medusa's handler would turn a CONFLICT into a generic message without our code.
 */
export async function answeringEventRefusals(locale: DomainLocale, res: MedusaResponse, work: () => Promise<unknown>) {
  try {
    await work()
  } catch (error) {
    const code = refusalOf(error)
    if (!code) throw error
    const status = STATUS[code] ?? 400
    res.status(status).json({
      type: status === 404 ? "not_found" : status === 409 ? "conflict" : "not_allowed",
      code,
      message: eventRefusalMessage(code, locale),
    })
  }
}
