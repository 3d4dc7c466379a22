import { Chip } from "@mui/material"
import { useTranslate } from "react-admin"

interface QuickFilterProps {
  label: string
  /** Read by react-admin's filter form, not by this component. */
  source: string
  defaultValue: unknown
}

/** A one-click filter chip (react-admin demo pattern): adding it applies `defaultValue`. */
export function QuickFilter({ label }: QuickFilterProps) {
  const translate = useTranslate()
  return <Chip sx={{ mb: 1 }} label={translate(label)} />
}
