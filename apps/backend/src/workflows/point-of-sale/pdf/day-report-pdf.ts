import type { DayReport } from "../day-report"
import { pdfDocument, tableRows, vnd, vnDateTime } from "./pdf-doc"

const METHOD = { cash: "Tiền mặt", vietqr: "Chuyển khoản VietQR", card: "Thẻ" } as const

/** The end-of-day report of a place as an A4 PDF, in Vietnamese. */
export function dayReportPdf(r: DayReport): Promise<Buffer> {
  const [y, m, d] = r.day.split("-")
  return pdfDocument(
    { size: "A4", margin: 48, info: { Title: `Báo cáo cuối ngày ${r.point_of_sale.name} ${r.day}` } },
    (doc) => {
      const row = tableRows(doc, 48)
      doc.fontSize(16).font("bold").text("BÁO CÁO CUỐI NGÀY")
      doc.fontSize(11).font("regular").text(`${r.point_of_sale.name} — ngày ${d}/${m}/${y}`)
      doc
        .fontSize(9)
        .text(r.point_of_sale.address)
        .text(`Lập lúc ${vnDateTime(r.generated_at)}`)
        .moveDown()
      doc.fontSize(12).font("bold").text("Doanh số").moveDown(0.3).fontSize(10)
      const w2 = [300, 200]
      row(["Số hoá đơn", String(r.sales.count)], w2)
      row(["Tiền hàng trước giảm giá", vnd(r.sales.subtotal)], w2)
      row(["Giảm giá", vnd(r.sales.discounts)], w2)
      row(["Doanh số (đã gồm VAT)", vnd(r.sales.total)], w2, true)
      row(["Trong đó thuế GTGT", vnd(r.sales.vat)], w2)
      row([`Trả hàng (${r.returns.count})`, `−${vnd(r.returns.amount)}`], w2)
      row([`Huỷ hoá đơn (${r.voids.count})`, `−${vnd(r.voids.amount)}`], w2)
      row(["Doanh thu thuần", vnd(r.net_revenue)], w2, true)
      if (r.sales.offline) row(["Hoá đơn bán khi mất kết nối", String(r.sales.offline)], w2)
      doc.moveDown().fontSize(12).font("bold").text("Theo hình thức thanh toán").moveDown(0.3).fontSize(10)
      const w4 = [200, 100, 100, 100]
      row(["Hình thức", "Thu", "Hoàn trả", "Thực thu"], w4, true)
      for (const b of r.by_method) row([METHOD[b.method], vnd(b.paid), vnd(b.refunded), vnd(b.net)], w4)
      doc.moveDown().fontSize(12).font("bold").text("Quầy thu ngân").moveDown(0.3).fontSize(9)
      const w6 = [90, 80, 90, 90, 90, 60]
      row(["Quầy", "Đầu ca", "Dự kiến", "Đếm được", "Chênh lệch", "Trạng thái"], w6, true)
      for (const s of r.sessions) {
        row(
          [
            s.register ?? "",
            vnd(s.opening_float),
            s.expected_cash == null ? "—" : vnd(s.expected_cash),
            s.counted_cash == null ? "—" : vnd(s.counted_cash),
            s.difference == null ? "—" : vnd(s.difference),
            s.status === "open" ? "Đang mở" : "Đã đóng",
          ],
          w6,
        )
        if (s.close_note) doc.font("regular").text(`   Ghi chú: ${s.close_note}`)
      }
      row(["Tổng chênh lệch tiền mặt", "", "", "", vnd(r.cash_difference), ""], w6, true)
      if (r.flagged.length) {
        doc.moveDown().fontSize(12).font("bold").text("Cần quản lý xử lý").fontSize(9).font("regular")
        for (const f of r.flagged)
          doc.text(
            `Hoá đơn #${f.display_id}: ${f.flag === "below_zero" ? "bán khi mất kết nối, tồn kho âm" : "ghi nhận sau khi đóng ca"} (${vnd(f.total)})`,
          )
      }
    },
  )
}
