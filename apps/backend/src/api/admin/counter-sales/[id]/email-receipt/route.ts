import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { requestLocale, sendInvalid } from "../../../../utils/http"
import { saleFor, saleView } from "../../load"
import { certificateUrl, saleReceiptPdf } from "../../receipt"

/**
 * POST /admin/counter-sales/:id/email-receipt {email?} — sends the receipt (PDF attached) to the
 * buyer's address given at the sale, or to the one given now, which is then kept on the sale.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { sale, place, service } = await saleFor(req, req.params.id!, "write")
  const given = (req.validatedBody as { email?: string }).email
  const buyer = (sale.buyer ?? {}) as { name?: string | null; email?: string | null; phone?: string | null }
  const to = given ?? buyer.email
  const locale = requestLocale(req)
  if (!to)
    return sendInvalid(
      res,
      { email: locale === "en" ? "Enter the buyer's e-mail address" : "Vui lòng nhập email của người mua" },
      locale,
    )
  if (given && given !== buyer.email)
    await service.updateCounterSales({ id: sale.id, buyer: { ...buyer, email: given } })
  const view = await saleView(service, sale, place)
  const pdf = await saleReceiptPdf(view)
  const notification = await req.scope.resolve(Modules.NOTIFICATION).createNotifications({
    to,
    channel: "email",
    template: "counter-receipt",
    trigger_type: "counter_sale.receipt",
    resource_id: sale.id,
    resource_type: "counter_sale",
    data: {
      subject: `${place.name}: hoá đơn ${view.receipt_number}`,
      receipt_number: view.receipt_number,
      place: place.name,
      total: sale.total,
      items: (
        view.lines as unknown as { title: string; quantity: number; total: number; certificate_number: string | null }[]
      ).map((l) => ({
        ...l,
        certificate_url: l.certificate_number ? certificateUrl(l.certificate_number) : null,
      })),
    },
    attachments: [
      {
        content: pdf.toString("base64"),
        filename: `hoa-don-${sale.display_id}.pdf`,
        content_type: "application/pdf",
        disposition: "attachment",
      },
    ],
  })
  res.json({ sent_to: to, notification_id: notification.id })
}
