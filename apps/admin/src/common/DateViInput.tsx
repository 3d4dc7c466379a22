import { isIsoDate, parseDateVi, toIsoDate } from "@ocop/domain"
import { TextInput, type TextInputProps } from "react-admin"

/**
 * Shows an ISO day ("2021-09-15") as "15/09/2021"; anything else (text being typed) as is.
 * A full timestamp from the API is shown as its Vietnam calendar day.
 */
export function formatDateInput(value: unknown): string {
  if (value == null) return ""
  const text = String(value)
  if (isIsoDate(text)) return text.split("-").reverse().join("/")
  if (/^\d{4}-\d{2}-\d{2}T/.test(text)) {
    try {
      return toIsoDate(text).split("-").reverse().join("/")
    } catch {
      return text
    }
  }
  return text
}

/**
 * Stores "dd/mm/yyyy" as "yyyy-mm-dd" (what the API and the domain schemas take) once it names a
 * real day; partial or wrong text is kept so the schema reports it as an invalid date.
 */
export function parseDateInput(text: string): string | null {
  const trimmed = text.trim()
  if (trimmed === "") return null
  const day = parseDateVi(trimmed)
  return day ? toIsoDate(day) : trimmed
}

/**
 * A date typed the Vietnamese way, whatever the browser's locale: the native date picker
 * follows the browser (mm/dd/yyyy on an English system), which officers misread.
 */
export function DateViInput(props: TextInputProps) {
  return (
    <TextInput
      format={formatDateInput}
      parse={parseDateInput}
      placeholder="dd/mm/yyyy"
      inputMode="numeric"
      {...props}
    />
  )
}
