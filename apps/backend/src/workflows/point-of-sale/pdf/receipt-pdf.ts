import QRCode from "qrcode"
import type { InvoiceData } from "../sales/invoice-data"
import type { SaleLine, SalePayment } from "../sales/plan-sale"
import { pdfDocument, vnd, vnDateTime } from "./pdf-doc"

const MM = 72 / 25.4
const WIDTH = 80 * MM
const METHOD = { cash: "Tiền mặt", vietqr: "Chuyển khoản VietQR", card: "Thẻ" } as const

export type ReceiptInput = {
  receipt_number: string | null
  created_at: Date | string
  place: { name: string; address: string; phone: string | null }
  lines: SaleLine[]
  payments: SalePayment[]
  subtotal: number
  discount_total: number
  total: number
  vat_total: number
  invoice: InvoiceData
  status: string
  refunded_total: number
  /** The storefront's certificate check page; each line's QR opens its certificate there. */
  verify_url: (certificateNumber: string) => string
}

/**
 * The 80 mm receipt as a PDF, in Vietnamese: the place, the items with VAT, the payments with
 * change, the seller's tax code, and a QR code per product opening its OCOP certificate.
 */
export async function receiptPdf(r: ReceiptInput): Promise<Buffer> {
  const qrs = new Map<string, Buffer>()
  for (const l of r.lines) {
    if (l.certificate_number && !qrs.has(l.certificate_number)) {
      qrs.set(
        l.certificate_number,
        await QRCode.toBuffer(r.verify_url(l.certificate_number), { margin: 0, width: 120 }),
      )
    }
  }
  const height = 120 * MM + r.lines.length * 26 * MM + r.payments.length * 6 * MM
  return pdfDocument(
    { size: [WIDTH, height], margin: 4 * MM, info: { Title: `Hoá đơn ${r.receipt_number ?? ""}` } },
    (doc) => {
      const w = WIDTH - 8 * MM
      const row = (left: string, right: string, bold = false) => {
        doc.font(bold ? "bold" : "regular")
        const y = doc.y
        doc.text(left, { width: w * 0.62 })
        const after = doc.y
        doc.text(right, 4 * MM, y, { width: w, align: "right" })
        doc.y = Math.max(after, doc.y)
        doc.x = 4 * MM
      }
      doc.fontSize(10).font("bold").text(r.place.name, { align: "center", width: w })
      doc.fontSize(7).font("regular").text(r.place.address, { align: "center", width: w })
      if (r.place.phone) doc.text(`ĐT: ${r.place.phone}`, { align: "center", width: w })
      if (r.invoice.seller.tax_code)
        doc.text(`MST: ${r.invoice.seller.tax_code} – ${r.invoice.seller.name ?? ""}`, { align: "center", width: w })
      doc.moveDown(0.4).fontSize(9).font("bold").text("HOÁ ĐƠN BÁN HÀNG", { align: "center", width: w })
      doc
        .fontSize(7)
        .font("regular")
        .text(`Số: ${r.receipt_number ?? ""}   ${vnDateTime(r.created_at)}`, { align: "center", width: w })
      if (r.status === "voided") doc.font("bold").text("ĐÃ HUỶ", { align: "center", width: w })
      doc.moveDown(0.5)
      for (const l of r.lines) {
        doc
          .font("bold")
          .fontSize(7.5)
          .text(l.variant_title ? `${l.title} – ${l.variant_title}` : l.title, { width: w })
        doc.font("regular").fontSize(7)
        row(`${l.quantity} × ${vnd(l.unit_price)}  (VAT ${l.vat_rate}%)`, vnd(l.total))
        if (l.line_discount + l.sale_discount > 0) row("  Giảm giá", `−${vnd(l.line_discount + l.sale_discount)}`)
        const qr = l.certificate_number ? qrs.get(l.certificate_number) : undefined
        if (qr) {
          const y = doc.y
          doc.image(qr, 4 * MM, y, { width: 12 * MM })
          doc.text(`Chứng nhận OCOP ${l.certificate_number}`, 18 * MM, y + 3 * MM, { width: w - 14 * MM })
          doc.y = y + 13 * MM
          doc.x = 4 * MM
        }
        doc.moveDown(0.2)
      }
      doc
        .moveTo(4 * MM, doc.y)
        .lineTo(WIDTH - 4 * MM, doc.y)
        .stroke()
        .moveDown(0.3)
      doc.fontSize(7.5)
      row("Tổng tiền hàng", vnd(r.subtotal))
      if (r.discount_total) row("Giảm giá", `−${vnd(r.discount_total)}`)
      row("TỔNG THANH TOÁN", vnd(r.total), true)
      for (const v of r.invoice.by_vat_rate) row(`  Trong đó thuế GTGT ${v.vat_rate}%`, vnd(v.vat_amount))
      doc.moveDown(0.3)
      for (const p of r.payments) {
        row(`${METHOD[p.method]}${p.reference ? ` (${p.reference})` : ""}`, vnd(p.amount))
        if (p.method === "cash" && p.tendered != null) {
          row("  Khách đưa", vnd(p.tendered))
          row("  Tiền thừa trả khách", vnd(p.change))
        }
      }
      if (r.refunded_total) row("Đã hoàn trả", `−${vnd(r.refunded_total)}`)
      doc
        .moveDown(0.6)
        .fontSize(6.5)
        .text("Giá đã bao gồm thuế GTGT. Quét mã QR để kiểm tra chứng nhận OCOP.", { align: "center", width: w })
      doc.text("Cảm ơn quý khách!", { align: "center", width: w })
    },
  )
}
