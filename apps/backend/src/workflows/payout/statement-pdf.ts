import type { PayoutStatement } from "@ocop/domain"
import { pdfDocument, tableRows, vnd } from "../point-of-sale/pdf/pdf-doc"

const dmy = (iso: string) => iso.split("-").reverse().join("/")

/** The statement as an A4 PDF in Vietnamese (DejaVu Sans, as the receipts). */
export function statementPdf(s: PayoutStatement): Promise<Buffer> {
  return pdfDocument(
    { size: "A4", margin: 40, info: { Title: `Bảng kê thanh toán ${s.producer.name} ${s.from}–${s.to}` } },
    (doc) => {
      const row = tableRows(doc, 40)
      doc.fontSize(15).font("bold").text("BẢNG KÊ THANH TOÁN CHO CHỦ THỂ OCOP")
      doc.fontSize(10).font("regular")
      doc.text(`${s.producer.name} — ĐKKD ${s.producer.registration_number}`)
      doc.text(`Kỳ: ${dmy(s.from)} – ${dmy(s.to)}`).moveDown()
      doc.fontSize(12).font("bold").text("1. Hàng ký gửi bán tại điểm bán và gian hàng sự kiện").moveDown(0.3)
      doc.fontSize(9)
      const w = [185, 50, 80, 50, 75, 75]
      row(["Sản phẩm", "SL bán", "Tiền bán", "SL trả", "Trả lại", "Phải trả"], w, true)
      for (const l of s.consignment.lines)
        row([l.title, String(l.units_sold), vnd(l.sold), String(l.units_returned), vnd(l.returned), vnd(l.owed)], w)
      const t = s.consignment.totals
      row(
        ["Tổng cộng", String(t.units_sold), vnd(t.sold), String(t.units_returned), vnd(t.returned), vnd(t.owed)],
        w,
        true,
      )
      doc.moveDown().fontSize(12).font("bold").text("2. Hỗ trợ theo Nghị quyết 26/2020/NQ-HĐND").moveDown(0.3)
      doc.fontSize(9)
      const w2 = [110, 140, 35, 65, 80, 85]
      row(["Số GCN", "Sản phẩm", "Sao", "Quyết định", "Được hỗ trợ", "Đã chi"], w2, true)
      for (const l of s.support.lines)
        row([l.certificate_number, l.title, String(l.star_level), dmy(l.decision_date), vnd(l.due), vnd(l.paid)], w2)
      row(["Tổng cộng", "", "", "", vnd(s.support.due), vnd(s.support.paid)], w2, true)
      row(["Còn phải chi", "", "", "", "", vnd(s.support.outstanding)], w2, true)
      doc
        .moveDown()
        .fontSize(12)
        .font("bold")
        .text(`Tổng phải trả: ${vnd(s.total_owed)}`)
    },
  )
}
