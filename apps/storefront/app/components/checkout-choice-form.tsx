import { Form } from "@remix-run/react"
import type { ReactNode } from "react"
import { useT } from "~/i18n"
import { useSchemaValidation } from "./use-schema-validation"

type ChoiceSchema = Parameters<typeof useSchemaValidation>[0]

/**
 * A checkout step that is one radio group (delivery, payment): posts its intent, checks the choice
 * with the server's schema first, and ties the one error to the group.
 */
export function CheckoutChoiceForm({
  intent,
  field,
  schema,
  legend,
  error: serverError,
  children,
}: {
  intent: "delivery" | "payment"
  field: string
  schema: ChoiceSchema
  legend: string
  error: string | undefined
  children: ReactNode
}) {
  const t = useT()
  const { errors, onSubmit } = useSchemaValidation(schema, serverError ? { [field]: serverError } : {})
  const error = errors[field]
  const errorId = `${intent}-error`
  return (
    <Form method="post" action="/checkout" className="checkout-form" noValidate onSubmit={onSubmit}>
      <input type="hidden" name="intent" value={intent} />
      <fieldset aria-describedby={error ? errorId : undefined}>
        <legend className="visually-hidden">{legend}</legend>
        {children}
      </fieldset>
      {error ? (
        <p id={errorId} className="field-error" data-field-error={field}>
          {error}
        </p>
      ) : null}
      <button type="submit" className="button button--primary">
        {t("checkout.continue")}
      </button>
    </Form>
  )
}
