import { Box } from "@mui/material"
import { useFieldValue, useTranslate, type FieldProps } from "react-admin"

/** "★★★★" with an accessible label ("4 sao"), as the badge appears on products. */
export function StarsField(props: FieldProps) {
  const value = Number(useFieldValue(props))
  const translate = useTranslate()
  if (!Number.isInteger(value) || value < 1) return null
  return (
    <Box
      component="span"
      role="img"
      aria-label={translate("ocop.certifications.stars", { count: value })}
      sx={{ color: "warning.main", letterSpacing: 1, whiteSpace: "nowrap" }}
    >
      {"★".repeat(value)}
    </Box>
  )
}
