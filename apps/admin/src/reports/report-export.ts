import { formatDateVi, type SalesReport, type SalesReportGroup } from "@ocop/domain"
import ExcelJS from "exceljs"
import { cellOf, toCsv, type CsvColumn } from "../common/csv-export"
import type { MessageTree } from "../i18n/areas/area-messages"
import { messages } from "./messages"

/** The words of an export, already in the reader's language (Vietnamese for the province's files). */
export type ExportWords = {
  title: string
  /** The first column's header: "Ngày", "Kênh bán"… for the grouping. */
  group: string
  revenue: string
  revenue_usd: string
  orders: string
  units: string
  total: string
}

/** One line of the exported table: a row's label or the totals' word, then its figures. */
type Line = { label: string; revenue: number; revenue_usd: number; orders: number; units: number }

/** Whether any figure is in US dollars: the column is shown only then (decision 029 keeps them apart). */
export function hasUsd(report: SalesReport): boolean {
  return report.totals.revenue_usd !== 0 || report.rows.some((r) => r.revenue_usd !== 0)
}

/**
 * The table every export holds: a line per row, then the totals line, with the same figures as the
 * screen. Days read dd/mm/yyyy as in every Vietnamese document; dollars are dollars (the API's cents
 * / 100); đồng stay whole numbers so that sums work in the spreadsheet.
 */
export function exportTable(report: SalesReport, words: ExportWords): { columns: CsvColumn<Line>[]; lines: Line[] } {
  const columns: CsvColumn<Line>[] = [
    { header: words.group, value: (l) => cellOf(l.label) },
    { header: words.revenue, value: (l) => l.revenue },
    ...(hasUsd(report) ? [{ header: words.revenue_usd, value: (l: Line) => l.revenue_usd / 100 }] : []),
    { header: words.orders, value: (l) => l.orders },
    { header: words.units, value: (l) => l.units },
  ]
  const lines: Line[] = [...report.rows, { label: words.total, ...report.totals }]
  return { columns, lines }
}

/** CSV of the report, with the byte-order mark Excel needs to read Vietnamese (common/csv-export). */
export function reportCsv(report: SalesReport, words: ExportWords): string {
  const { columns, lines } = exportTable(report, words)
  return toCsv(lines, columns)
}

/** The title line of a file: what, over which Vietnam days, grouped how. */
export function exportTitle(words: ExportWords, range: { from: string; to: string }): string {
  return `${words.title}: ${formatDateVi(range.from)} – ${formatDateVi(range.to)} (${words.group})`
}

/** The first row of figures in the XLSX sheet (after the title and the header): the journey reads from it. */
export const XLSX_HEADER_ROW = 3

/**
 * XLSX of the report: a title line, the header on row 3, a row per group and the totals in bold last;
 * đồng formatted with thousands separators, dollars with cents, the header row frozen.
 */
export async function reportXlsx(
  report: SalesReport,
  words: ExportWords,
  range: { from: string; to: string },
): Promise<ArrayBuffer> {
  const { columns, lines } = exportTable(report, words)
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet(words.title.slice(0, 31), { views: [{ state: "frozen", ySplit: XLSX_HEADER_ROW }] })
  sheet.getCell(1, 1).value = exportTitle(words, range)
  sheet.getCell(1, 1).font = { bold: true }
  const header = sheet.getRow(XLSX_HEADER_ROW)
  header.values = columns.map((c) => c.header)
  header.font = { bold: true }
  lines.forEach((line, i) => {
    const row = sheet.getRow(XLSX_HEADER_ROW + 1 + i)
    row.values = columns.map((c) => c.value(line) as string | number)
    if (i === lines.length - 1) row.font = { bold: true }
  })
  columns.forEach((c, i) => {
    const column = sheet.getColumn(i + 1)
    column.width = i === 0 ? 36 : 18
    if (c.header === words.revenue) column.numFmt = "#,##0"
    if (c.header === words.revenue_usd) column.numFmt = "#,##0.00"
  })
  const buffer = await book.xlsx.writeBuffer()
  return buffer instanceof ArrayBuffer ? buffer : new Uint8Array(buffer as ArrayLike<number>).buffer
}

/** The file name of an export: the range and grouping, so two exports never overwrite each other. */
export function exportFileName(range: { from: string; to: string }, groupBy: SalesReportGroup): string {
  return `bao-cao-ban-hang_${range.from}_${range.to}_${groupBy}`
}

/**
 * The words of the province's files: Vietnamese, whatever language the screen is in (the files are
 * filed with Vietnamese reports), read from the screen's own Vietnamese messages.
 */
export function vietnameseExportWords(groupBy: SalesReportGroup): ExportWords {
  const words = (messages.vi.ocop as MessageTree).reports as MessageTree
  const text = (key: string) => String(words[key])
  return {
    title: text("title"),
    group: String((words.group as MessageTree)[groupBy]),
    revenue: text("revenue"),
    revenue_usd: text("revenue_usd"),
    orders: text("orders"),
    units: text("units"),
    total: text("total"),
  }
}
