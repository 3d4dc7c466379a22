/**
 * The contract of online orders between the backend and the console: Medusa's statuses, which of them
 * count as sales, the console's actions, delivery kinds and the payment and fulfilment filter groups.
 */

/** Order statuses Medusa gives placed orders. */
export const ORDER_STATUSES = ["pending", "completed", "canceled", "requires_action", "archived"] as const
export type OrderStatus = (typeof ORDER_STATUSES)[number]

/** Orders that count as sales and as work: placed, not canceled (a draft is not an order). */
export const LIVE_ORDER_STATUSES = ["pending", "completed", "requires_action", "archived"] as const

/** Orders still to be prepared when a line is not fully fulfilled. */
export const OPEN_ORDER_STATUSES = ["pending", "requires_action"] as const

/** What staff can do with an online order from the console; the backend says which its state allows. */
export const ORDER_ACTIONS = [
  "mark_paid",
  "ship",
  "ready_for_pickup",
  "picked_up",
  "delivered",
  "cancel",
  "confirm_refund",
] as const
export type OrderAction = (typeof ORDER_ACTIONS)[number]

/** How the goods reach the buyer: by carrier, or collected at one of the showrooms. */
export const DELIVERY_KINDS = ["ship", "pickup"] as const
export type DeliveryKind = (typeof DELIVERY_KINDS)[number]

/**
 * Payment filter groups over Medusa's computed payment status: `awaiting` is money still expected
 * (a VietQR transfer not seen yet, cash not collected yet).
 */
export const ORDER_PAYMENT_FILTERS = {
  awaiting: ["not_paid", "awaiting", "authorized", "partially_authorized", "partially_captured"],
  captured: ["captured"],
  refunded: ["refunded", "partially_refunded"],
  canceled: ["canceled"],
} as const
export type OrderPaymentFilter = keyof typeof ORDER_PAYMENT_FILTERS

/** Medusa's computed fulfilment statuses of an order. */
export const FULFILLMENT_STATUSES = [
  "not_fulfilled",
  "partially_fulfilled",
  "fulfilled",
  "partially_shipped",
  "shipped",
  "partially_delivered",
  "delivered",
  "canceled",
] as const
