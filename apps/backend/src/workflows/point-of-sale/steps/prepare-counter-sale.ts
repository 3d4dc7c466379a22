import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CounterSaleValues, DomainLocale } from "@ocop/domain"
import { verifyManagerApproval } from "../approval"
import { posError } from "../errors"
import type { PlaceRow } from "../pickup-options"
import { planCounterSale, type SalePlan } from "../sales/plan-sale"
import { sellableAt } from "../sellable"

export const prepareCounterSaleStepId = "prepare-counter-sale"

export type SessionRow = { id: string; point_of_sale_id: string; status: string; register_id: string }

export type PrepareCounterSaleInput = {
  place: PlaceRow
  session: SessionRow
  values: CounterSaleValues
  locale: DomainLocale
}

export type PreparedSale = SalePlan & { approved_by: string | null; after_close: boolean }

/**
 * Prices and checks a sale against the place's shelf, rules and register, and verifies a manager's
 * sign-off when the discounts need one. Writes nothing. A sale made offline is accepted even when
 * the shelf ran short or the session has closed since: it happened, so it is recorded and flagged.
 */
export const prepareCounterSaleStep = createStep(
  prepareCounterSaleStepId,
  async (input: PrepareCounterSaleInput, { container }) => {
    const { place, session, values, locale } = input
    const offline = Boolean(values.offline_at)
    if (place.status !== "active" && !offline) throw posError("place_not_selling", locale)
    if (session.point_of_sale_id !== place.id) throw posError("session_not_found", locale)
    if (session.status !== "open" && !offline) throw posError("session_closed", locale)
    const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const rows = await sellableAt(knex, place.stock_location_id, {
      variant_ids: [...new Set(values.lines.map((l) => l.variant_id))],
    })
    const planned = planCounterSale(values, rows, { discount_limit_percent: place.discount_limit_percent })
    if ("refusal" in planned) throw posError(planned.refusal, locale)
    let approvedBy: string | null = null
    if (planned.plan.needs_approval) {
      approvedBy = values.approval ? await verifyManagerApproval(container, values.approval, place) : null
      if (!approvedBy) throw posError(values.approval ? "approval_invalid" : "discount_needs_approval", locale)
    }
    return new StepResponse<PreparedSale>({
      ...planned.plan,
      approved_by: approvedBy,
      after_close: session.status !== "open",
    })
  },
)
