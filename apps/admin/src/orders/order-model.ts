import {
  formatMoney,
  ORDER_ACTIONS,
  ORDER_PAYMENT_FILTERS,
  orderTransferNote,
  PAYMENT_PROVIDER_IDS,
  POINT_OF_SALE_DISTRICTS,
  shownAmount,
  type DeliveryKind,
  type OrderAction,
  type PaymentMethod,
} from "@ocop/domain"
import type { ChipProps } from "@mui/material"
import { formatUsd } from "../common/usd"

/** The parts of an order the console reads (GET /admin/ocop-orders and /admin/ocop-orders/:id). */
export interface OrderPayment {
  id: string
  provider_id?: string
  amount?: number
  captured_at?: string | null
  canceled_at?: string | null
}

export interface OrderFulfillment {
  id: string
  location_id?: string | null
  shipped_at?: string | null
  delivered_at?: string | null
  canceled_at?: string | null
  created_at?: string
  labels?: { tracking_number?: string; tracking_url?: string }[]
}

export interface OrderItem {
  id: string
  title?: string
  product_title?: string
  variant_title?: string | null
  quantity: number
  unit_price?: number
  total?: number
}

export { ORDER_ACTIONS, type OrderAction }

export type PickupPointCode = (typeof POINT_OF_SALE_DISTRICTS)[number]

export interface OrderRecord {
  id: string
  display_id?: number
  status?: string
  created_at?: string
  email?: string | null
  currency_code?: string
  total?: number | null
  subtotal?: number
  shipping_total?: number
  tax_total?: number
  discount_total?: number
  payment_status?: string
  fulfillment_status?: string
  metadata?: Record<string, unknown> | null
  /** List rows: the buyer's name and phone, the shipping option's name. */
  customer_name?: string | null
  phone?: string | null
  shipping_method?: string | null
  delivery?: DeliveryKind
  pickup_point?: { code: string; name: string; location_id?: string } | null
  payment_method?: PaymentMethod | null
  cancel_reason?: string | null
  /** The money of a cancelled VietQR order owed back to the buyer: to make, or made (decision 023). */
  refund?: { status: "to_make" | "made"; amount: number; currency_code: string } | null
  available_actions?: OrderAction[]
  items?: OrderItem[]
  shipping_methods?: { id?: string; name?: string; amount?: number; shipping_option_id?: string | null }[]
  shipping_address?: Record<string, string | null | undefined> | null
  payment_collections?: { payments?: OrderPayment[] }[]
  fulfillments?: OrderFulfillment[]
}

export { DELIVERY_KINDS, ORDER_STATUSES, PAYMENT_METHODS } from "@ocop/domain"

/** Payment filter groups of the order list: money still expected, received, refunded, void. */
export const PAYMENT_FILTERS = Object.keys(ORDER_PAYMENT_FILTERS) as (keyof typeof ORDER_PAYMENT_FILTERS)[]

/** The three showrooms where buyers collect orders (docs/domain.md §5), by point-of-sale code. */
export const PICKUP_POINTS: readonly PickupPointCode[] = POINT_OF_SALE_DISTRICTS

export const FULFILLMENT_FILTERS = ["not_fulfilled", "fulfilled", "shipped", "delivered", "canceled"] as const

export const ORDER_STATUS_COLORS: Record<string, ChipProps["color"]> = {
  pending: "warning",
  completed: "success",
  canceled: "default",
  requires_action: "error",
}

export const PAYMENT_STATUS_COLORS: Record<string, ChipProps["color"]> = {
  authorized: "warning",
  awaiting: "warning",
  captured: "success",
  refunded: "default",
  canceled: "default",
  requires_action: "error",
}

export const FULFILLMENT_STATUS_COLORS: Record<string, ChipProps["color"]> = {
  not_fulfilled: "warning",
  fulfilled: "info",
  shipped: "info",
  delivered: "success",
  canceled: "default",
}

/** The provider of the storefront's bank transfer (decision 008). */
export const VIETQR_PROVIDER = PAYMENT_PROVIDER_IDS.vietqr

/** The showroom where a pickup order waits, or null for a delivery order. */
export function pickupPlace(order: Pick<OrderRecord, "pickup_point" | "delivery"> | undefined): string | null {
  return order?.delivery === "pickup" ? (order.pickup_point?.name ?? null) : null
}

/** The delivery method as the buyer chose it: the shipping option's name. */
export function deliveryMethod(order: Pick<OrderRecord, "shipping_methods" | "shipping_method"> | undefined): string {
  if (order?.shipping_method) return order.shipping_method
  return (
    order?.shipping_methods
      ?.map((m) => m.name ?? "")
      .filter(Boolean)
      .join(", ") ?? ""
  )
}

/** Whether the order's state allows the action now (the backend decides; see order-rules.ts there). */
export function allows(order: Pick<OrderRecord, "available_actions"> | undefined, action: OrderAction): boolean {
  return order?.available_actions?.includes(action) ?? false
}

/** The order's payments, newest collection last. */
export function orderPayments(order: OrderRecord | undefined): OrderPayment[] {
  return order?.payment_collections?.flatMap((c) => c.payments ?? []) ?? []
}

/** The amount staff confirm when marking paid: the payment still open, else the order total. */
export function amountToConfirm(order: OrderRecord): number | null | undefined {
  return orderPayments(order).find((p) => !p.captured_at && !p.canceled_at)?.amount ?? order.total
}

/** Live fulfilments (not cancelled). */
export function liveFulfillments(order: OrderRecord | undefined): OrderFulfillment[] {
  return (order?.fulfillments ?? []).filter((f) => !f.canceled_at)
}

/** Whether the order's money was received (a captured payment): cancelling it means a refund. */
export function isPaid(order: OrderRecord | undefined): boolean {
  return orderPayments(order).some((p) => p.captured_at && !p.canceled_at)
}

/**
 * An amount in the order's currency: đồng in the console's language, dollars as everywhere in the
 * console ("$12.50", see formatUsd); raw if unreadable.
 * Medusa's subtotals and taxes of tax-inclusive prices carry fractions of a đồng: shown rounded.
 */
export function formatOrderMoney(amount: unknown, currencyCode: string | undefined, locale: "vi" | "en"): string {
  if (typeof amount !== "number") return amount == null ? "" : String(amount)
  const currency = currencyCode ?? "vnd"
  const rounded = shownAmount(amount, currency)
  try {
    return currency.toLowerCase() === "usd" ? formatUsd(rounded) : formatMoney(rounded, currency, locale)
  } catch {
    return String(amount)
  }
}

/** The VietQR transfer note the buyer was asked to write (`OCOP <order number>`). */
export function transferNote(order: Pick<OrderRecord, "display_id"> | undefined): string {
  return orderTransferNote(order?.display_id ?? "")
}
