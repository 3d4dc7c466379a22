import {
  ORDER_ACTIONS,
  ORDER_NOT_FOUND,
  ORDER_REFUSAL_MESSAGES,
  PAYMENT_PROVIDER_IDS,
  type DeliveryKind,
  type OrderAction,
  type OrderRefusal,
} from "@ocop/domain"

// The refusals' codes and texts live in @ocop/domain (orders.ts): the console shows the same words.
export {
  ORDER_ACTIONS,
  ORDER_NOT_FOUND,
  ORDER_REFUSAL_MESSAGES,
  type DeliveryKind,
  type OrderAction,
  type OrderRefusal,
}

/** The part of an order that decides which actions are possible. */
export type OrderFacts = {
  id: string
  status: string
  delivery: DeliveryKind
  payments: {
    id: string
    provider_id: string
    captured_at: unknown
    canceled_at: unknown
    amount?: number
    currency_code?: string
  }[]
  items: { id: string; quantity: number; fulfilled_quantity: number }[]
  fulfillments: { id: string; shipped_at: unknown; delivered_at: unknown; canceled_at: unknown }[]
  /** A refund staff owe the buyer: recorded when a paid VietQR order is cancelled, made once confirmed. */
  refund?: { status: "to_make" | "made"; amount: number; currency_code: string } | null
}

const live = <T extends { canceled_at: unknown }>(rows: T[]) => rows.filter((r) => !r.canceled_at)

/** The payment staff may still capture: authorised, neither captured nor cancelled. */
export function capturablePayment(facts: OrderFacts) {
  return facts.payments.find((p) => !p.captured_at && !p.canceled_at) ?? null
}

/** Lines with units not yet in a fulfilment, with how many. */
export function itemsToFulfil(facts: OrderFacts): { id: string; quantity: number }[] {
  return facts.items
    .map((i) => ({ id: i.id, quantity: i.quantity - i.fulfilled_quantity }))
    .filter((i) => i.quantity > 0)
}

/** The fulfilment waiting for the buyer: ready at the showroom (pickup) or on its way (ship). */
export function fulfillmentToHandOver(facts: OrderFacts) {
  return live(facts.fulfillments).find((f) => !f.delivered_at && (facts.delivery === "pickup" || f.shipped_at)) ?? null
}

/** Whether the order's money came in (a payment captured and not cancelled). */
export const isPaid = (facts: OrderFacts) => facts.payments.some((p) => p.captured_at && !p.canceled_at)

/**
 * Why `action` cannot be done on the order now, or null when it can. The same rules decide the
 * console's buttons (availableActions) and refuse a stale or hand-made request.
 */
export function refusalOf(facts: OrderFacts, action: OrderAction): OrderRefusal | null {
  // The one action on a cancelled order: staff confirm they sent the money back.
  if (action === "confirm_refund") return facts.refund?.status === "to_make" ? null : "no_refund_due"
  if (facts.status === "canceled") return "order_canceled"
  switch (action) {
    case "mark_paid":
      if (capturablePayment(facts)) return null
      return isPaid(facts) ? "already_paid" : "no_payment"
    case "ship":
    case "ready_for_pickup":
      if (facts.status === "completed") return "order_completed"
      if (action === "ship" && facts.delivery === "pickup") return "pickup_order"
      if (action === "ready_for_pickup" && facts.delivery === "ship") return "delivery_order"
      return itemsToFulfil(facts).length > 0 ? null : "nothing_to_fulfil"
    case "picked_up":
      if (facts.delivery !== "pickup") return "delivery_order"
      if (!fulfillmentToHandOver(facts)) return "not_ready"
      // Goods leave the showroom only once their money is in: cash at the counter or the transfer.
      return isPaid(facts) ? null : "not_paid_yet"
    case "delivered":
      if (facts.delivery !== "ship") return "pickup_order"
      return fulfillmentToHandOver(facts) ? null : "not_shipped"
    case "cancel":
      if (facts.status === "completed") return "order_completed"
      return live(facts.fulfillments).length > 0 ? "already_fulfilled" : null
  }
}

/** Every action the order allows now, in the console's button order. */
export function availableActions(facts: OrderFacts): OrderAction[] {
  return ORDER_ACTIONS.filter((action) => refusalOf(facts, action) === null)
}

/**
 * Whether doing `action` now leaves the order paid and wholly in the buyer's hands; such an order
 * is then completed (Medusa's complete-order workflow), so "completed" means nothing is left to do.
 */
export function completesOrder(facts: OrderFacts, action: OrderAction): boolean {
  if (itemsToFulfil(facts).length > 0) return false
  const fulfillments = live(facts.fulfillments)
  if (action === "mark_paid") return fulfillments.length > 0 && fulfillments.every((f) => f.delivered_at)
  if (action !== "picked_up" && action !== "delivered") return false
  const handedOver = fulfillmentToHandOver(facts)
  return isPaid(facts) && fulfillments.every((f) => f.delivered_at || f.id === handedOver?.id)
}

/**
 * The refund a cancel records (decision 023): the captured VietQR money, which staff must send back
 * by bank transfer themselves — Medusa's cancel marks the payment refunded, but no money moved.
 * Cash (collected at the counter or on delivery) is handed back in person: nothing to record.
 */
export function refundToMake(facts: OrderFacts): { amount: number; currency_code: string } | null {
  const paid = facts.payments.filter(
    (p) => p.captured_at && !p.canceled_at && p.provider_id === PAYMENT_PROVIDER_IDS.vietqr,
  )
  if (paid.length === 0) return null
  return {
    amount: paid.reduce((sum, p) => sum + Number(p.amount ?? 0), 0),
    currency_code: paid[0]!.currency_code ?? "",
  }
}
