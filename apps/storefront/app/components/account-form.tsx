import { accountLoginSchema, accountRegisterSchema } from "@ocop/domain"
import { Form } from "@remix-run/react"
import { useT } from "~/i18n"
import { CheckoutField } from "./checkout-field"
import { useSchemaValidation } from "./use-schema-validation"

/** Log-in or registration form; values and field errors come back from the action on a refusal. */
export function AccountForm({
  mode,
  values,
  errors: serverErrors,
}: {
  mode: "login" | "register"
  values: Record<string, string>
  errors: Record<string, string>
}) {
  const t = useT()
  const { errors, onSubmit } = useSchemaValidation(
    mode === "register" ? accountRegisterSchema : accountLoginSchema,
    serverErrors,
  )
  return (
    <Form method="post" className="checkout-form" noValidate onSubmit={onSubmit}>
      {errors[""] ? (
        <p className="notice notice--danger" role="alert">
          {errors[""]}
        </p>
      ) : null}
      {mode === "register" ? (
        <CheckoutField name="full_name" label={t("checkout.fullName")} error={errors.full_name}>
          {(props) => <input {...props} autoComplete="name" defaultValue={values.full_name ?? ""} />}
        </CheckoutField>
      ) : null}
      <CheckoutField name="email" label="Email" error={errors.email}>
        {(props) => <input {...props} type="email" autoComplete="email" defaultValue={values.email ?? ""} />}
      </CheckoutField>
      <CheckoutField
        name="password"
        label={t("account.password")}
        error={errors.password}
        hint={mode === "register" ? t("account.passwordHint") : undefined}
      >
        {(props) => (
          <input {...props} type="password" autoComplete={mode === "register" ? "new-password" : "current-password"} />
        )}
      </CheckoutField>
      <button type="submit" className="button button--primary">
        {mode === "register" ? t("account.register") : t("account.login")}
      </button>
    </Form>
  )
}
