import { formatVnd } from "@ocop/domain"
import { Typography } from "@mui/material"
import { useFieldValue, type FieldProps } from "react-admin"

/** "150.000 ₫" for a whole number of đồng; anything else is shown raw. */
export function formatVndSafe(value: unknown): string {
  if (typeof value !== "number") return value == null ? "" : String(value)
  try {
    return formatVnd(value)
  } catch {
    return String(value)
  }
}

/** A VND amount, formatted as Vietnamese shops write it. */
export function VndField(props: FieldProps) {
  const value = useFieldValue(props)
  return (
    <Typography component="span" variant="body2" sx={{ fontVariantNumeric: "tabular-nums" }}>
      {formatVndSafe(value)}
    </Typography>
  )
}
