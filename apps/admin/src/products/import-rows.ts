import {
  crossRowIssues,
  importRowFromSheet,
  productFieldErrors,
  productImportRowSchema,
  productMessage,
  type DomainLocale,
  type ProductImportRow,
} from "@ocop/domain"
import type { CheckedRow } from "../common/import/checked-rows"
import type { RawRow } from "../common/import/read-table"

/**
 * Checks every row of a product file with the schemas the server uses: each row on its own, then
 * what involves several rows (a product described twice differently, a repeated packaging or SKU).
 */
export function checkProductRows(raw: RawRow[], locale: DomainLocale): CheckedRow<ProductImportRow>[] {
  const rows = raw.map((values, index): CheckedRow<ProductImportRow> => {
    const parsed = productImportRowSchema.safeParse(importRowFromSheet(values))
    return parsed.success
      ? { index, raw: values, data: parsed.data, errors: {} }
      : { index, raw: values, errors: productFieldErrors(parsed.error, locale) }
  })
  for (const issue of crossRowIssues(rows.map((r) => r.data))) {
    const row = rows[issue.index]!
    row.errors = { ...row.errors, [issue.field]: productMessage(issue.code, locale) }
    row.data = undefined
  }
  return rows
}

/** How many products the rows make (rows that share a handle are one product). */
export const productCount = (rows: CheckedRow<ProductImportRow>[]) =>
  new Set(rows.map((r) => r.data?.handle ?? r.raw.handle)).size
