import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { paymentMethodOf, type PaymentMethod } from "@ocop/domain"
import { POINT_OF_SALE_MODULE } from "../../modules/point-of-sale"
import type PointOfSaleModuleService from "../../modules/point-of-sale/service"
import type { DeliveryKind, OrderFacts } from "./order-rules"

/** A showroom where a pickup order waits: its point-of-sale code, name and stock location. */
export type OrderPickupPlace = { code: string; name: string; location_id: string }

/** What the console and the action workflows know about an order beyond Medusa's own fields. */
export type OrderState = OrderFacts & {
  pickup_point: OrderPickupPlace | null
  payment_method: PaymentMethod | null
  cancel_reason: string | null
  metadata: Record<string, unknown> | null
}

const ORDER_FIELDS = [
  "id",
  "status",
  "metadata",
  "items.id",
  "items.quantity",
  // The line's quantity lives on its detail (the order's version of the line).
  "items.detail.quantity",
  "items.detail.fulfilled_quantity",
  "shipping_methods.shipping_option_id",
  "payment_collections.payments.id",
  "payment_collections.payments.provider_id",
  "payment_collections.payments.captured_at",
  "payment_collections.payments.canceled_at",
  "payment_collections.payments.created_at",
  "payment_collections.payments.amount",
  "payment_collections.payments.currency_code",
  "fulfillments.id",
  "fulfillments.shipped_at",
  "fulfillments.delivered_at",
  "fulfillments.canceled_at",
]

type OptionRow = {
  data?: Record<string, unknown> | null
  service_zone?: { fulfillment_set?: { type?: string } | null } | null
}

/**
 * Where a shipping option leads: a pickup option names the showroom in `data.point_of_sale` (its
 * fulfillment set belongs to the warehouse, which ships the goods there: decision 024); anything
 * else is delivered by carrier.
 */
async function deliveryOf(container: MedusaContainer, optionId: string | null | undefined) {
  if (!optionId) return { delivery: "ship" as DeliveryKind, pickup_point: null }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "shipping_option",
    fields: ["id", "data", "service_zone.fulfillment_set.type"],
    filters: { id: optionId },
    withDeleted: true,
  })
  const option = data[0] as OptionRow | undefined
  const code = option?.data?.point_of_sale
  if (option?.service_zone?.fulfillment_set?.type !== "pickup" || typeof code !== "string") {
    return { delivery: "ship" as DeliveryKind, pickup_point: null }
  }
  const places = container.resolve<PointOfSaleModuleService>(POINT_OF_SALE_MODULE)
  const [place] = await places.listPointOfSales({ code }, { select: ["code", "name", "stock_location_id"] })
  return {
    delivery: "pickup" as DeliveryKind,
    pickup_point: place ? { code: place.code, name: place.name, location_id: place.stock_location_id } : null,
  }
}

/** The refund recorded in the order's metadata by a cancel (decision 023), or null. */
function refundOf(metadata: Record<string, unknown> | null | undefined): OrderFacts["refund"] {
  const status = metadata?.refund_status
  if (status !== "to_make" && status !== "made") return null
  return {
    status,
    amount: Number(metadata?.refund_amount ?? 0),
    currency_code: String(metadata?.refund_currency ?? ""),
  }
}

/** Reads an order's state for the action rules; undefined when there is no such order. */
export async function readOrderState(container: MedusaContainer, orderId: string): Promise<OrderState | undefined> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: orderId } })
  const order = data[0] as any
  if (!order) return undefined
  const payments = (order.payment_collections ?? [])
    .flatMap((c: any) => c?.payments ?? [])
    .filter(Boolean)
    .sort((a: any, b: any) => String(a.created_at).localeCompare(String(b.created_at)))
  const { delivery, pickup_point } = await deliveryOf(container, order.shipping_methods?.[0]?.shipping_option_id)
  const reason = order.metadata?.cancel_reason
  return {
    id: order.id,
    status: order.status,
    delivery,
    pickup_point,
    payment_method: paymentMethodOf(payments.at(-1)?.provider_id),
    cancel_reason: typeof reason === "string" ? reason : null,
    metadata: order.metadata ?? null,
    refund: refundOf(order.metadata),
    payments: payments.map((p: any) => ({
      id: p.id,
      provider_id: p.provider_id,
      amount: Number(p.amount ?? 0),
      currency_code: p.currency_code,
      captured_at: p.captured_at,
      canceled_at: p.canceled_at,
    })),
    items: (order.items ?? []).filter(Boolean).map((i: any) => ({
      id: i.id,
      quantity: Number(i.detail?.quantity ?? i.quantity ?? 0),
      fulfilled_quantity: Number(i.detail?.fulfilled_quantity ?? 0),
    })),
    fulfillments: (order.fulfillments ?? []).filter(Boolean).map((f: any) => ({
      id: f.id,
      shipped_at: f.shipped_at,
      delivered_at: f.delivered_at,
      canceled_at: f.canceled_at,
    })),
  }
}
