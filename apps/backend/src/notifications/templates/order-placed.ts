import { formatMoney } from "@ocop/domain"
import { z } from "zod"
import { layout, type EmailMessage } from "./layout"

export const orderPlacedSchema = z.object({
  order_number: z.union([z.number(), z.string()]),
  currency_code: z.string().min(3),
  // Medusa hands quantities and totals over as BigNumber values or numeric strings as often as numbers.
  total: z.coerce.number(),
  items: z.array(
    z.object({ title: z.string(), quantity: z.coerce.number().int().positive(), total: z.coerce.number() }),
  ),
  delivery: z.string().nullable().optional(),
  // A pickup order: where, and the code the buyer shows there (issue 14).
  pickup: z.object({ place: z.string(), pickup_code: z.string() }).nullable().optional(),
  order_url: z.string().url().optional(),
})

/** "Đã nhận đơn hàng #12": the lines, the total in the order's currency, how it reaches the buyer. */
export function orderPlacedEmail(data: z.infer<typeof orderPlacedSchema>): EmailMessage {
  const money = (amount: number) => formatMoney(amount, data.currency_code, "vi")
  return layout(`OCOP Lào Cai: đã nhận đơn hàng #${data.order_number}`, [
    `Cảm ơn quý khách đã đặt hàng tại OCOP Lào Cai. Chúng tôi đã nhận đơn hàng #${data.order_number}:`,
    { lines: data.items.map((item) => `${item.title} × ${item.quantity}: ${money(item.total)}`) },
    `Tổng cộng: ${money(data.total)}`,
    ...(data.delivery ? [`Giao nhận: ${data.delivery}`] : []),
    ...(data.pickup ? [`Mã nhận hàng tại ${data.pickup.place}: ${data.pickup.pickup_code}`] : []),
    ...(data.order_url ? [{ link: data.order_url, label: "Xem đơn hàng" }] : []),
  ])
}
