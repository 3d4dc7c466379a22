import type { SalesReport } from "@ocop/domain"
import ExcelJS from "exceljs"
import { describe, expect, it } from "vitest"
import { reportCsv, reportXlsx, vietnameseExportWords, XLSX_HEADER_ROW } from "./report-export"

const byDay: SalesReport = {
  rows: [
    { key: "2026-03-01", label: "2026-03-01", revenue: 1_365_000, revenue_usd: 0, orders: 2, units: 6 },
    { key: "2026-03-02", label: "2026-03-02", revenue: 300_000, revenue_usd: 1404, orders: 2, units: 5 },
    { key: "2026-03-03", label: "2026-03-03", revenue: -150_000, revenue_usd: 0, orders: 0, units: -1 },
  ],
  totals: { revenue: 1_515_000, revenue_usd: 1404, orders: 4, units: 10 },
}
const byChannel: SalesReport = {
  rows: [
    { key: "sc_1", label: "Cửa hàng OCOP Sa Pa", revenue: 450_000, revenue_usd: 0, orders: 1, units: 3 },
    { key: "sc_2", label: '=HYPERLINK("x")', revenue: 50_000, revenue_usd: 0, orders: 1, units: 1 },
  ],
  totals: { revenue: 500_000, revenue_usd: 0, orders: 2, units: 4 },
}
const range = { from: "2026-03-01", to: "2026-03-03" }

describe("the report's CSV", () => {
  it("has the BOM, Vietnamese headers, a line per row and the totals, dollars apart", () => {
    const csv = reportCsv(byDay, vietnameseExportWords("day"))
    expect(csv.startsWith("\uFEFF")).toBe(true)
    expect(csv.slice(1).split("\r\n")).toEqual([
      "Ngày,Doanh thu (₫),Doanh thu (USD),Số đơn hàng,Số lượng",
      "01/03/2026,1365000,0,2,6",
      "02/03/2026,300000,14.04,2,5",
      "03/03/2026,-150000,0,0,-1",
      "Tổng cộng,1515000,14.04,4,10",
    ])
  })

  it("leaves the dollar column out when nothing was sold in dollars, and a formula-like name inert", () => {
    const lines = reportCsv(byChannel, vietnameseExportWords("sales_channel")).slice(1).split("\r\n")
    expect(lines[0]).toBe("Kênh bán,Doanh thu (₫),Số đơn hàng,Số lượng")
    expect(lines[1]).toBe("Cửa hàng OCOP Sa Pa,450000,1,3")
    expect(lines[2]).toBe(`"'=HYPERLINK(""x"")",50000,1,1`)
    expect(lines[3]).toBe("Tổng cộng,500000,2,4")
  })
})

describe("the report's XLSX", () => {
  it("opens with the title, Vietnamese headers, numbers as numbers and the totals last", async () => {
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(await reportXlsx(byDay, vietnameseExportWords("day"), range))
    const sheet = book.worksheets[0]!
    expect(sheet.name).toBe("Báo cáo bán hàng")
    expect(sheet.getCell(1, 1).value).toBe("Báo cáo bán hàng: 01/03/2026 – 03/03/2026 (Ngày)")
    const values = (row: number) => (sheet.getRow(row).values as unknown[]).slice(1)
    expect(values(XLSX_HEADER_ROW)).toEqual(["Ngày", "Doanh thu (₫)", "Doanh thu (USD)", "Số đơn hàng", "Số lượng"])
    expect(values(XLSX_HEADER_ROW + 2)).toEqual(["02/03/2026", 300_000, 14.04, 2, 5])
    expect(values(XLSX_HEADER_ROW + 4)).toEqual(["Tổng cộng", 1_515_000, 14.04, 4, 10])
    expect(sheet.getRow(XLSX_HEADER_ROW + 4).font?.bold).toBe(true)
    expect(sheet.rowCount).toBe(XLSX_HEADER_ROW + 4)
    expect(sheet.getColumn(2).numFmt).toBe("#,##0")
  })
})
