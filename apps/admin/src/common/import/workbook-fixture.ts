import ExcelJS from "exceljs"

/** An XLSX workbook with one sheet of these rows, as an office would save it (for tests). */
export async function workbookOf(sheetName: string, rows: unknown[][]): Promise<ArrayBuffer> {
  const book = new ExcelJS.Workbook()
  book.addWorksheet(sheetName).addRows(rows)
  const buffer = await book.xlsx.writeBuffer()
  return buffer instanceof ArrayBuffer ? buffer : new Uint8Array(buffer as ArrayLike<number>).buffer
}
