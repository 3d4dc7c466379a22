import { Typography } from "@mui/material"
import { useFieldValue, type FieldProps } from "react-admin"
import { formatUsdCents } from "./usd"

/** A price in US cents, written as everywhere in the console ("$8.80"); empty when none. */
export function UsdField(props: FieldProps) {
  const value = useFieldValue(props)
  return (
    <Typography component="span" variant="body2" sx={{ fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" }}>
      {formatUsdCents(value)}
    </Typography>
  )
}
