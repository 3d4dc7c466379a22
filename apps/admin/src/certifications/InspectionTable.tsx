import { Alert, Chip, Skeleton, Table, TableBody, TableCell, TableHead, TableRow, Typography } from "@mui/material"
import { useTranslate } from "react-admin"
import { formatDateSafe } from "../common/DateViField"
import type { Inspection } from "../providers/data-provider"
import { INSPECTION_RESULT_COLORS } from "./certification-choices"

interface InspectionTableProps {
  inspections: Inspection[]
  isPending: boolean
  error: Error | null
}

/** Past post-certification inspections, newest first. */
export function InspectionTable({ inspections, isPending, error }: InspectionTableProps) {
  const translate = useTranslate()
  const label = (field: string) => translate(`ocop.certifications.inspections.fields.${field}`)
  if (isPending) return <Skeleton variant="rectangular" height={80} aria-label={translate("ra.page.loading")} />
  if (error) return <Alert severity="warning">{translate(error.message, { _: error.message })}</Alert>
  if (inspections.length === 0) {
    return <Typography color="text.secondary">{translate("ocop.certifications.inspections.empty")}</Typography>
  }
  const sorted = [...inspections].sort((a, b) => String(b.inspected_at).localeCompare(String(a.inspected_at)))
  return (
    <Table size="small" aria-label={translate("ocop.certifications.inspections.title")}>
      <TableHead>
        <TableRow>
          <TableCell>{label("inspected_at")}</TableCell>
          <TableCell>{label("inspector")}</TableCell>
          <TableCell>{label("result")}</TableCell>
          <TableCell>{label("notes")}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {sorted.map((inspection) => (
          <TableRow key={inspection.id}>
            <TableCell>{formatDateSafe(inspection.inspected_at)}</TableCell>
            <TableCell>{inspection.inspector}</TableCell>
            <TableCell>
              <Chip
                size="small"
                color={INSPECTION_RESULT_COLORS[inspection.result] ?? "default"}
                label={translate(`ocop.certifications.inspections.result.${inspection.result}`, {
                  _: inspection.result,
                })}
              />
            </TableCell>
            <TableCell sx={{ whiteSpace: "pre-line" }}>{inspection.notes ?? ""}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  )
}
