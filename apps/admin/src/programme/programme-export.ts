import { PROGRAMME_MEASURE_NAMES, type ProgrammePanel } from "@ocop/domain"
import ExcelJS from "exceljs"

/** The exported sheet's headers: Vietnamese, as the province's periodic report is filed. */
export const PROGRAMME_HEADERS = ["Chỉ tiêu", "Kế hoạch", "Thực hiện", "Còn thiếu"] as const

/** What a cell says when the system records no figure: an empty cell would read as nothing done. */
export const NOT_RECORDED = "Chưa ghi nhận"

/** The rows of the exported sheet: a measure each, its target, what was done and the gap, or words. */
export function programmeRows(panel: ProgrammePanel): (string | number)[][] {
  return panel.lines.map((l) => [
    PROGRAMME_MEASURE_NAMES[l.measure].vi,
    l.target ?? NOT_RECORDED,
    l.actual ?? NOT_RECORDED,
    l.gap ?? "",
  ])
}

/** XLSX of the year's panel: a title, the header on row 3, a line per measure; đồng with separators. */
export async function programmeXlsx(panel: ProgrammePanel): Promise<ArrayBuffer> {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet(`Chương trình OCOP ${panel.year}`)
  sheet.getCell(1, 1).value = `Kết quả thực hiện Chương trình OCOP năm ${panel.year} so với kế hoạch`
  sheet.getCell(1, 1).font = { bold: true }
  sheet.getRow(3).values = [...PROGRAMME_HEADERS]
  sheet.getRow(3).font = { bold: true }
  programmeRows(panel).forEach((row, i) => {
    sheet.getRow(4 + i).values = row
  })
  sheet.getColumn(1).width = 44
  for (const c of [2, 3, 4]) {
    sheet.getColumn(c).width = 18
    sheet.getColumn(c).numFmt = "#,##0"
  }
  const buffer = await book.xlsx.writeBuffer()
  return buffer instanceof ArrayBuffer ? buffer : new Uint8Array(buffer as ArrayLike<number>).buffer
}
