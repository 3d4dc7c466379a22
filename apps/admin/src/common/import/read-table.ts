import Papa from "papaparse"
import ExcelJS from "exceljs"

/** One data row of a spreadsheet, by header name. */
export type RawRow = Record<string, unknown>

/** Data rows of a CSV text with a header row; a byte-order mark and blank lines are skipped. */
export function rowsFromCsv(text: string): RawRow[] {
  const parsed = Papa.parse<RawRow>(text.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: "greedy",
    transformHeader: (h) => h.trim(),
  })
  return parsed.data
}

/** A cell as the office sees it: its displayed text (numbers, dates and formulas' results as shown). */
function cellText(cell: ExcelJS.Cell): string {
  const text = cell.text
  return typeof text === "string" ? text.trim() : String(text ?? "")
}

/**
 * Data rows of the first sheet of an XLSX workbook, read as text as the office typed it; rows with
 * no value are skipped. (The legacy binary .xls is not read: save it as .xlsx or CSV.)
 */
export async function rowsFromWorkbook(data: ArrayBuffer): Promise<RawRow[]> {
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(data)
  const sheet = book.worksheets[0]
  if (!sheet) return []
  const headers: string[] = []
  sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, column) => {
    headers[column] = cellText(cell)
  })
  const rows: RawRow[] = []
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (number === 1) return
    const record: RawRow = {}
    headers.forEach((header, column) => {
      if (header) record[header] = cellText(row.getCell(column))
    })
    if (Object.values(record).some((value) => value !== "")) rows.push(record)
  })
  return rows
}

/** FileReader rather than Blob.text(): it works in every browser the offices use (and in jsdom). */
function read(file: File, as: "text" | "buffer"): Promise<string | ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(reader.result as string | ArrayBuffer)
    reader.onerror = () => reject(reader.error)
    if (as === "text") reader.readAsText(file, "utf-8")
    else reader.readAsArrayBuffer(file)
  })
}

/** Reads a chosen file in the browser: CSV as UTF-8 text, anything else as a workbook. */
export async function readTableFile(file: File): Promise<RawRow[]> {
  if (/\.csv$/i.test(file.name) || file.type === "text/csv") return rowsFromCsv((await read(file, "text")) as string)
  return rowsFromWorkbook((await read(file, "buffer")) as ArrayBuffer)
}
