import { passwordResetRequestSchema, passwordResetSchema } from "@ocop/domain"
import { Form } from "@remix-run/react"
import { useT } from "~/i18n"
import { CheckoutField } from "./checkout-field"
import { useSchemaValidation } from "./use-schema-validation"

function FormProblem({ message }: { message?: string }) {
  return message ? (
    <p className="notice notice--danger" role="alert">
      {message}
    </p>
  ) : null
}

/** "Forgot password": the account's e-mail, checked in the browser and again on the server. */
export function ForgotPasswordForm({ email, errors: serverErrors }: { email: string; errors: Record<string, string> }) {
  const t = useT()
  const { errors, onSubmit } = useSchemaValidation(passwordResetRequestSchema, serverErrors)
  return (
    <Form method="post" className="checkout-form" noValidate onSubmit={onSubmit}>
      <FormProblem message={errors[""]} />
      <CheckoutField name="email" label="Email" error={errors.email}>
        {(props) => <input {...props} type="email" autoComplete="email" defaultValue={email} required />}
      </CheckoutField>
      <button type="submit" className="button button--primary">
        {t("reset.send")}
      </button>
    </Form>
  )
}

/** The new password, twice; the link's token and e-mail ride along hidden, never shown or stored. */
export function NewPasswordForm({
  token,
  email,
  errors: serverErrors,
}: {
  token: string
  email: string
  errors: Record<string, string>
}) {
  const t = useT()
  const { errors, onSubmit } = useSchemaValidation(passwordResetSchema, serverErrors)
  return (
    <Form method="post" className="checkout-form" noValidate onSubmit={onSubmit}>
      <FormProblem message={errors[""]} />
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="email" value={email} />
      {/* For password managers: the account whose password changes. */}
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      <CheckoutField
        name="password"
        label={t("reset.newPassword")}
        error={errors.password}
        hint={t("account.passwordHint")}
      >
        {(props) => <input {...props} type="password" autoComplete="new-password" required />}
      </CheckoutField>
      <CheckoutField name="password_confirm" label={t("reset.confirmPassword")} error={errors.password_confirm}>
        {(props) => <input {...props} type="password" autoComplete="new-password" required />}
      </CheckoutField>
      <button type="submit" className="button button--primary">
        {t("reset.save")}
      </button>
    </Form>
  )
}
