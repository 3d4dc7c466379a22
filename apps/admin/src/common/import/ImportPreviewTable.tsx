import { Table, TableBody, TableCell, TableHead, TableRow } from "@mui/material"
import { useTranslate } from "react-admin"
import { sheetRowNumber, type CheckedRow } from "./checked-rows"

export interface PreviewColumn {
  key: string
  label: string
}

/**
 * The rows of a file before import: the spreadsheet's row number, a few columns to recognise the
 * row by, and every error in words ("Chủ thể: Không tìm thấy…"). Rows with errors are highlighted.
 */
export function ImportPreviewTable<T>({
  rows,
  columns,
  fieldLabel,
}: {
  rows: CheckedRow<T>[]
  columns: PreviewColumn[]
  fieldLabel: (field: string) => string
}) {
  const translate = useTranslate()
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          <TableCell>{translate("ocop.import_preview.row")}</TableCell>
          {columns.map((c) => (
            <TableCell key={c.key}>{c.label}</TableCell>
          ))}
          <TableCell>{translate("ocop.import_preview.errors")}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.index} selected={Object.keys(row.errors).length > 0}>
            <TableCell>{sheetRowNumber(row.index)}</TableCell>
            {columns.map((c) => (
              <TableCell key={c.key}>{String(row.raw[c.key] ?? "")}</TableCell>
            ))}
            <TableCell sx={{ color: "error.main" }}>
              {Object.entries(row.errors)
                .map(([field, message]) => (field ? `${fieldLabel(field)}: ${message}` : message))
                .join("; ")}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  )
}
