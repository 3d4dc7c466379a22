import { fieldErrors, producerInputSchema, type DomainLocale, type ProducerInput } from "@ocop/domain"
import { withServerErrors, type CheckedRow as SheetRow } from "../common/import/checked-rows"
import type { RawRow } from "../common/import/read-table"

/** Columns of the import file: the register's field names, as in the template the console offers. */
export const IMPORT_COLUMNS = [
  "handle",
  "name",
  "kind",
  "registration_number",
  "district",
  "commune",
  "address",
  "representative",
  "phone",
  "email",
  "story_vi",
  "story_en",
  "logo_url",
  "photos",
] as const

// The file is read by the console's shared reader; re-exported for callers that start from text.
export { rowsFromCsv, rowsFromWorkbook, type RawRow } from "../common/import/read-table"

/** A checked row; its index is the one the backend names (`producers.<index>.<field>`). */
export type CheckedRow = SheetRow<ProducerInput>

/** An empty template with the header row, for offices that start from scratch. */
export function importTemplate(): string {
  return `${IMPORT_COLUMNS.join(",")}\n`
}

/**
 * One spreadsheet row as the producer schema expects it: empty cells are "not given", phone
 * numbers keep their leading zero (spreadsheets drop it from numbers), photos are split on ";".
 */
export function toProducerInput(raw: RawRow): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(raw)) {
    const column = key.trim()
    const text = value === null || value === undefined ? "" : String(value).trim()
    if (column === "" || text === "") continue
    if (column === "photos") {
      out.photos = text
        .split(/[;\n]/)
        .map((s) => s.trim())
        .filter(Boolean)
    } else if (column === "phone" && /^[1-9]\d{8}$/.test(text)) {
      out.phone = `0${text}`
    } else {
      out[column] = text
    }
  }
  return out
}

/** Validates every row with the backend's own schema, so the preview shows exactly what the server would refuse. */
export function checkRows(rows: RawRow[], locale: DomainLocale): CheckedRow[] {
  const handles = new Map<string, number>()
  return rows.map((raw, index) => {
    const input = toProducerInput(raw)
    const result = producerInputSchema.safeParse(input)
    const errors = result.success ? {} : fieldErrors(result.error, locale)
    const handle = typeof input.handle === "string" ? input.handle : null
    if (handle && handles.has(handle) && !errors.handle) {
      errors.handle =
        locale === "en"
          ? `Same handle as row ${handles.get(handle)! + 2}`
          : `Trùng đường dẫn rút gọn với dòng ${handles.get(handle)! + 2}`
    }
    if (handle && !handles.has(handle)) handles.set(handle, index)
    return { index, raw, errors, data: result.success && Object.keys(errors).length === 0 ? result.data : undefined }
  })
}

/** Field errors the server answered (`producers.3.phone`) put back on their rows. */
export function applyServerErrors(rows: CheckedRow[], errors: Record<string, string>): CheckedRow[] {
  return withServerErrors(rows, errors, "producers")
}
