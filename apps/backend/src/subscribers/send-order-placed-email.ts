import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sendNotificationQuietly } from "../notifications/send-quietly"
import { readOrderState } from "../workflows/order/order-facts"
import { pickupCodeOf } from "../workflows/point-of-sale/pickup-code"

type PlacedOrder = {
  id: string
  display_id: number | string
  email: string | null
  currency_code: string
  total: number
  items?: ({ title: string; quantity: number; total: number } | null)[]
  shipping_methods?: ({ name: string } | null)[]
}

/**
 * Sends the buyer an "order placed" email through the notification module; in development the local
 * provider writes it to the log. A failure is logged, never thrown: the order is placed either way.
 */
export default async function sendOrderPlacedEmail({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "email",
      "currency_code",
      "total",
      "items.title",
      "items.quantity",
      "items.total",
      "shipping_methods.name",
    ],
    filters: { id: event.data.id },
  })
  const order = data[0] as unknown as PlacedOrder | undefined
  if (!order?.email) return
  // A pickup order's confirmation carries the code the buyer shows at the showroom (issue 14).
  const state = await readOrderState(container, order.id)
  const pickup =
    state?.delivery === "pickup" && state.pickup_point
      ? { place: state.pickup_point.name, pickup_code: pickupCodeOf(order.id) }
      : null
  await sendNotificationQuietly(
    container,
    {
      to: order.email,
      channel: "email",
      template: "order-placed",
      trigger_type: event.name,
      resource_id: order.id,
      resource_type: "order",
      idempotency_key: `order-placed-${order.id}`,
      data: {
        subject: `OCOP Lào Cai: đã nhận đơn hàng #${order.display_id}`,
        order_number: order.display_id,
        currency_code: order.currency_code,
        total: Number(order.total),
        items: (order.items ?? []).flatMap((i) =>
          i ? [{ title: i.title, quantity: i.quantity, total: Number(i.total) }] : [],
        ),
        delivery: order.shipping_methods?.[0]?.name ?? null,
        pickup,
      },
    },
    `order-placed email for order ${order.id}`,
  )
}

export const config: SubscriberConfig = { event: "order.placed" }
