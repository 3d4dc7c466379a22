import { checkoutContactSchema } from "@ocop/domain"
import { Form } from "@remix-run/react"
import { useT } from "~/i18n"
import { CheckoutField } from "./checkout-field"
import { useSchemaValidation } from "./use-schema-validation"

/** Step 1: the email the order confirmation goes to. */
export function CheckoutContactForm({
  email,
  errors: serverErrors,
}: {
  email: string
  errors: Record<string, string>
}) {
  const t = useT()
  const { errors, onSubmit } = useSchemaValidation(checkoutContactSchema, serverErrors)
  return (
    <Form method="post" action="/checkout" className="checkout-form" noValidate onSubmit={onSubmit}>
      <input type="hidden" name="intent" value="contact" />
      <CheckoutField name="email" label={t("checkout.email")} error={errors.email}>
        {(props) => <input {...props} type="email" autoComplete="email" defaultValue={email} />}
      </CheckoutField>
      <button type="submit" className="button button--primary">
        {t("checkout.continue")}
      </button>
    </Form>
  )
}
