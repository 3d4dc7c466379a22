/**
 * The contract of online orders between the backend and the console: Medusa's statuses, which of them
 * count as sales, the console's actions, delivery kinds and the payment and fulfilment filter groups.
 */
import type { DomainLocale } from "./messages"

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

/** Why an order action is refused: the code the backend answers with, the console shows the text. */
export type OrderRefusal =
  | "order_canceled"
  | "order_completed"
  | "already_paid"
  | "no_payment"
  | "pickup_order"
  | "delivery_order"
  | "nothing_to_fulfil"
  | "not_ready"
  | "not_shipped"
  | "not_paid_yet"
  | "already_fulfilled"
  | "no_refund_due"

/** The refusals' texts, for the backend's answers and the console's messages alike. */
export const ORDER_REFUSAL_MESSAGES: Record<OrderRefusal, Record<DomainLocale, string>> = {
  order_canceled: {
    vi: "Đơn hàng đã bị huỷ, không thể thực hiện thao tác này",
    en: "This order is cancelled; the action is no longer possible",
  },
  order_completed: {
    vi: "Đơn hàng đã hoàn tất, không thể thực hiện thao tác này",
    en: "This order is completed; the action is no longer possible",
  },
  already_paid: {
    vi: "Đơn hàng đã được ghi nhận thanh toán trước đó",
    en: "The payment of this order has already been recorded",
  },
  no_payment: {
    vi: "Đơn hàng không có khoản thanh toán nào để xác nhận",
    en: "This order has no payment to confirm",
  },
  pickup_order: {
    vi: "Đơn nhận tại điểm bán không gửi qua đơn vị vận chuyển: hãy đánh dấu sẵn sàng để nhận",
    en: "This order is collected at a point of sale, not shipped: mark it ready for pickup instead",
  },
  delivery_order: {
    vi: "Đơn giao tận nơi, không nhận tại điểm bán",
    en: "This order is delivered by carrier, not collected at a point of sale",
  },
  nothing_to_fulfil: {
    vi: "Hàng của đơn đã được chuẩn bị hoặc gửi đi rồi",
    en: "Every item of this order has already been prepared or shipped",
  },
  not_ready: {
    vi: "Đơn chưa sẵn sàng tại điểm bán, hoặc người mua đã nhận hàng",
    en: "This order is not waiting at the point of sale (not ready yet, or already collected)",
  },
  not_shipped: {
    vi: "Đơn chưa được gửi đi, hoặc đã được ghi nhận là đã giao",
    en: "This order has not been shipped, or its delivery is already recorded",
  },
  not_paid_yet: {
    vi: "Chưa ghi nhận thanh toán: hãy xác nhận đã thu tiền hoặc đã chuyển khoản trước khi giao hàng cho người mua",
    en: "The payment is not recorded yet: confirm the cash or the transfer before handing the order over",
  },
  no_refund_due: {
    vi: "Đơn hàng không có khoản hoàn tiền nào đang chờ chuyển trả",
    en: "This order has no refund waiting to be made",
  },
  already_fulfilled: {
    vi: "Đơn đã được chuẩn bị hoặc gửi đi nên không thể huỷ",
    en: "This order has already been prepared or shipped, so it can no longer be cancelled",
  },
}

/** Answer for an order id that names no order. */
/** An order id that names no order (or not one of the caller's). */
export const ORDER_NOT_FOUND: Record<DomainLocale, string> = { vi: "Không tìm thấy đơn hàng này", en: "No such order" }
