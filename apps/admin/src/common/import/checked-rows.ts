import type { RawRow } from "./read-table"

/** A spreadsheet row after checking: what was typed, what will be sent, and what is wrong. */
export interface CheckedRow<T> {
  /** 0-based position among the data rows, as the server names it (`rows.<index>.<field>`). */
  index: number
  raw: RawRow
  /** The row as the API takes it; undefined while the row has errors. */
  data?: T
  errors: Record<string, string>
}

/** Rows with at least one error. */
export const invalidRows = <T>(rows: CheckedRow<T>[]) => rows.filter((r) => Object.keys(r.errors).length > 0).length

/**
 * Field errors keyed `<prefix>.<row>.<field>` (the server's answer) put back on their rows; a row
 * that gets one is no longer sendable.
 */
export function withServerErrors<T>(
  rows: CheckedRow<T>[],
  errors: Record<string, string>,
  prefix: string,
): CheckedRow<T>[] {
  const byRow = new Map<number, Record<string, string>>()
  const pattern = new RegExp(`^${prefix}\\.(\\d+)\\.(.+)$`)
  for (const [key, message] of Object.entries(errors)) {
    const match = pattern.exec(key)
    if (!match) continue
    const index = Number(match[1])
    byRow.set(index, { ...byRow.get(index), [match[2]!]: message })
  }
  return rows.map((row) => {
    const extra = byRow.get(row.index)
    return extra ? { ...row, errors: { ...row.errors, ...extra }, data: undefined } : row
  })
}

/** Spreadsheet row number of a data row: the header is row 1. */
export const sheetRowNumber = (index: number) => index + 2
