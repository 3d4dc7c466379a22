import { formatDateVi } from "@ocop/domain"
import { Typography } from "@mui/material"
import { useFieldValue, type FieldProps } from "react-admin"

/** dd/mm/yyyy of a date or ISO string; an unreadable value is shown raw instead of crashing. */
export function formatDateSafe(value: unknown): string {
  if (value == null || value === "") return ""
  try {
    return formatDateVi(value as string | Date)
  } catch {
    return String(value)
  }
}

/** A date shown the Vietnamese way (dd/mm/yyyy, Vietnam calendar day) in every locale. */
export function DateViField(props: FieldProps) {
  const value = useFieldValue(props)
  const text = formatDateSafe(value)
  return (
    <Typography component="span" variant="body2">
      {text || props.emptyText || ""}
    </Typography>
  )
}
