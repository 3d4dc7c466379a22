import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { DomainLocale } from "@ocop/domain"
import { readOrderState, type OrderState } from "../order-facts"
import { ORDER_NOT_FOUND, ORDER_REFUSAL_MESSAGES, refusalOf, type OrderAction } from "../order-rules"

export const validateOrderActionStepId = "validate-ocop-order-action"

export type ValidateOrderActionInput = { order_id: string; action: OrderAction; locale: DomainLocale }

/**
 * Reads the order and refuses the action when the order's state does not allow it, with a message
 * in the caller's language and the refusal's code (the console translates it too). Nothing to undo.
 */
export const validateOrderActionStep = createStep(
  validateOrderActionStepId,
  async (input: ValidateOrderActionInput, { container }) => {
    const state = await readOrderState(container, input.order_id)
    if (!state) throw new MedusaError(MedusaError.Types.NOT_FOUND, ORDER_NOT_FOUND[input.locale], "order_not_found")
    const refusal = refusalOf(state, input.action)
    if (refusal)
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, ORDER_REFUSAL_MESSAGES[refusal][input.locale], refusal)
    return new StepResponse<OrderState>(state)
  },
)
