import { Chip, type ChipProps } from "@mui/material"
import { useFieldValue, useTranslate, type FieldProps } from "react-admin"

interface StatusChipProps extends FieldProps {
  /** Translation prefix; the status value is appended (`ocop.producers.status.` + `active`). */
  i18nPrefix: string
  colors: Record<string, ChipProps["color"]>
}

/** A coloured chip for a status code, translated. */
export function StatusChip({ i18nPrefix, colors, ...props }: StatusChipProps) {
  const value = useFieldValue(props)
  const translate = useTranslate()
  if (value == null || value === "") return null
  const code = String(value)
  return <Chip size="small" color={colors[code] ?? "default"} label={translate(`${i18nPrefix}${code}`, { _: code })} />
}
