import { fieldErrors } from "@ocop/domain"
import { useState, type FormEvent } from "react"
import { useLocale } from "~/i18n"
import { formStrings } from "~/utils/form-values"

type SafeParser = {
  safeParse: (value: unknown) => {
    success: boolean
    error?: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> }
  }
}

/**
 * Runs the same zod schema as the server before a form is sent, so a mistake is shown at once;
 * without JavaScript the server's answer shows the same messages. Returns the errors to display
 * (the browser's while it has any, else the server's) and the form's onSubmit.
 */
export function useSchemaValidation(schema: SafeParser, serverErrors: Record<string, string>) {
  const locale = useLocale()
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null)
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const form = event.currentTarget
    const values = formStrings(new FormData(form))
    const result = schema.safeParse(values)
    if (result.success || !result.error) {
      setClientErrors(null)
      return
    }
    event.preventDefault()
    setClientErrors(fieldErrors(result.error, locale))
    // Move to the first field to fix once React has marked it.
    requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus())
  }
  return { errors: clientErrors ?? serverErrors, onSubmit }
}
