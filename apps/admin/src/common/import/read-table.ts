import Papa from "papaparse"
import * as XLSX from "xlsx"

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

/** Data rows of the first sheet of an XLSX (or XLS) workbook, read as text as the office typed it. */
export function rowsFromWorkbook(data: ArrayBuffer): RawRow[] {
  const book = XLSX.read(data, { type: "array" })
  const first = book.SheetNames[0]
  if (!first) return []
  return XLSX.utils.sheet_to_json<RawRow>(book.Sheets[first]!, { defval: "", raw: false })
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
