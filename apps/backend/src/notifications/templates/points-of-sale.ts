import { formatVnd } from "@ocop/domain"
import { z } from "zod"
import { layout, type EmailMessage } from "./layout"

export const pickupReadySchema = z.object({
  order_number: z.union([z.number(), z.string()]),
  place: z.string(),
  address: z.string(),
  pickup_code: z.string().regex(/^\d{6}$/),
  hold_days: z.coerce.number().int().positive(),
})

/** "Đơn hàng #12 đã sẵn sàng tại Điểm bán OCOP Sa Pa": where, the code to show, until when. */
export function pickupReadyEmail(data: z.infer<typeof pickupReadySchema>): EmailMessage {
  return layout(`OCOP Lào Cai: đơn hàng #${data.order_number} đã sẵn sàng tại ${data.place}`, [
    `Đơn hàng #${data.order_number} của quý khách đã sẵn sàng tại ${data.place} (${data.address}).`,
    `Mã nhận hàng: ${data.pickup_code}. Vui lòng đưa mã này cho nhân viên điểm bán.`,
    `Điểm bán giữ hàng trong ${data.hold_days} ngày.`,
  ])
}

export const counterReceiptSchema = z.object({
  receipt_number: z.string().nullable(),
  place: z.string(),
  total: z.coerce.number().int(),
  items: z.array(
    z.object({
      title: z.string(),
      quantity: z.coerce.number().int().positive(),
      total: z.coerce.number().int(),
      certificate_url: z.string().url().nullable(),
    }),
  ),
})

/** The receipt of a counter sale by e-mail (the PDF is attached): items, total, certificate links. */
export function counterReceiptEmail(data: z.infer<typeof counterReceiptSchema>): EmailMessage {
  return layout(`${data.place}: hoá đơn ${data.receipt_number ?? ""}`, [
    `Cảm ơn quý khách đã mua sản phẩm OCOP tại ${data.place}.`,
    { lines: data.items.map((i) => `${i.title} × ${i.quantity}: ${formatVnd(i.total)}`) },
    `Tổng thanh toán (đã gồm thuế GTGT): ${formatVnd(data.total)}`,
    ...data.items.flatMap((i) =>
      i.certificate_url ? [{ link: i.certificate_url, label: `Chứng nhận OCOP: ${i.title}` }] : [],
    ),
  ])
}
