import type { PayoutStatement } from "@ocop/domain"
import ExcelJS from "exceljs"

const dmy = (iso: string) => iso.split("-").reverse().join("/")
const MONEY = '#,##0 "₫"'

/** The statement as an XLSX workbook with Vietnamese headers: consignment sheet and support sheet. */
export async function statementXlsx(s: PayoutStatement): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  book.creator = "OCOP Lào Cai"
  const head = (sheet: ExcelJS.Worksheet, title: string) => {
    sheet.addRow([title]).font = { bold: true, size: 14 }
    sheet.addRow([`Chủ thể: ${s.producer.name} (ĐKKD ${s.producer.registration_number})`])
    sheet.addRow([`Kỳ: ${dmy(s.from)} – ${dmy(s.to)}`])
    sheet.addRow([])
  }
  const sales = book.addWorksheet("Hàng ký gửi")
  head(sales, "BẢNG KÊ THANH TOÁN HÀNG KÝ GỬI")
  sales.addRow(["Sản phẩm", "SL bán", "Tiền bán (₫)", "SL trả lại", "Tiền trả lại (₫)", "Phải trả (₫)"]).font = {
    bold: true,
  }
  for (const l of s.consignment.lines)
    sales.addRow([l.title, l.units_sold, l.sold, l.units_returned, l.returned, l.owed])
  const t = s.consignment.totals
  sales.addRow(["Tổng cộng", t.units_sold, t.sold, t.units_returned, t.returned, t.owed]).font = { bold: true }
  sales.columns = [{ width: 40 }, { width: 10 }, { width: 16 }, { width: 11 }, { width: 16 }, { width: 16 }]
  for (const c of [3, 5, 6]) sales.getColumn(c).numFmt = MONEY

  const support = book.addWorksheet("Hỗ trợ NQ 26-2020")
  head(support, "HỖ TRỢ SẢN PHẨM OCOP THEO NGHỊ QUYẾT 26/2020/NQ-HĐND")
  support.addRow([
    "Số GCN",
    "Sản phẩm",
    "Số sao",
    "Ngày quyết định",
    "Được hỗ trợ (₫)",
    "Đã chi (₫)",
    "Ngày chi",
    "Chứng từ",
  ]).font = {
    bold: true,
  }
  for (const l of s.support.lines)
    support.addRow([
      l.certificate_number,
      l.title,
      l.star_level,
      dmy(l.decision_date),
      l.due,
      l.paid,
      l.paid_on ? dmy(l.paid_on) : "",
      l.reference ?? "",
    ])
  support.addRow(["Tổng cộng", "", "", "", s.support.due, s.support.paid, "", ""]).font = { bold: true }
  support.addRow(["Còn phải chi", "", "", "", s.support.outstanding]).font = { bold: true }
  support.columns = [
    { width: 22 },
    { width: 36 },
    { width: 8 },
    { width: 15 },
    { width: 16 },
    { width: 16 },
    { width: 12 },
    { width: 16 },
  ]
  for (const c of [5, 6]) support.getColumn(c).numFmt = MONEY
  sales.addRow([])
  sales.addRow(["Tổng phải trả (hàng ký gửi + hỗ trợ còn lại)", "", "", "", "", s.total_owed]).font = { bold: true }
  return Buffer.from(await book.xlsx.writeBuffer())
}
