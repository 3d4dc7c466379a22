import { formatDateVi } from "@ocop/domain"
import Papa from "papaparse"
import { downloadCSV, type Exporter, type TranslateFunction } from "react-admin"

/** One column of an export: its header (already translated) and how to read it from a record. */
export interface CsvColumn<T = Record<string, unknown>> {
  header: string
  value: (record: T) => unknown
}

const ISO_DAY_OR_TIME = /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/

/**
 * A value as a spreadsheet cell: dates as dd/mm/yyyy (Vietnam day), related records by their name,
 * lists joined; numbers stay numbers so that sums work in Excel.
 */
export function cellOf(value: unknown, translate?: TranslateFunction): string | number {
  if (value == null) return ""
  if (typeof value === "number") return value
  if (typeof value === "boolean")
    return translate ? translate(value ? "ra.boolean.true" : "ra.boolean.false") : String(value)
  if (value instanceof Date) return formatDateVi(value)
  if (typeof value === "string") return ISO_DAY_OR_TIME.test(value) ? safeDate(value) : value
  if (Array.isArray(value))
    return value
      .map((item) => cellOf(item, translate))
      .filter((v) => v !== "")
      .join(", ")
  if (typeof value === "object") {
    const named = value as Record<string, unknown>
    const name = named.name ?? named.title ?? named.email ?? named.id
    return name == null ? JSON.stringify(value) : cellOf(name, translate)
  }
  return String(value)
}

function safeDate(text: string): string {
  try {
    return formatDateVi(text)
  } catch {
    return text
  }
}

/**
 * CSV text Excel opens correctly: a UTF-8 byte-order mark (without it Excel reads Vietnamese as
 * Windows-1252 and garbles every diacritic), CRLF line ends, and cells that start like a formula
 * (=, +, -, @) escaped so that a name typed into the register cannot run in a spreadsheet.
 */
export function toCsv<T>(records: T[], columns: CsvColumn<T>[], translate?: TranslateFunction): string {
  const csv = Papa.unparse(
    {
      fields: columns.map((c) => c.header),
      data: records.map((record) => columns.map((c) => cellOf(c.value(record), translate))),
    },
    { escapeFormulae: true, newline: "\r\n" },
  )
  return `\uFEFF${csv}`
}

/**
 * Columns for a resource that names none: every field the records carry, in the order they first
 * appear, headed by the field's translated name (`resources.<resource>.fields.<field>`).
 */
export function fieldColumns(
  records: Record<string, unknown>[],
  resource: string,
  translate: TranslateFunction,
): CsvColumn[] {
  const keys: string[] = []
  for (const record of records) for (const key of Object.keys(record)) if (!keys.includes(key)) keys.push(key)
  return keys.map((key) => ({
    header: translate(`resources.${resource}.fields.${key}`, { _: key }),
    value: (record) => record[key],
  }))
}

/** An exporter for react-admin's export button: named columns when given, every field otherwise. */
export function csvExporter(
  translate: TranslateFunction,
  columns?: (translate: TranslateFunction) => CsvColumn<any>[],
): Exporter {
  return (records, _fetchRelated, _dataProvider, resource) => {
    const name = resource ?? "export"
    const cols = columns ? columns(translate) : fieldColumns(records as Record<string, unknown>[], name, translate)
    downloadCSV(toCsv(records, cols, translate), name)
  }
}
