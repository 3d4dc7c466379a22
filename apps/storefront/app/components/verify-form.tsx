import { Form } from "@remix-run/react"
import { CERTIFICATE_NUMBER_LENGTH } from "@ocop/domain"
import { useT } from "~/i18n"

/** The certificate look-up: a GET form, so a result page is a link anyone can share. */
export function VerifyForm({ defaultValue, error }: { defaultValue?: string; error?: boolean }) {
  const t = useT()
  return (
    <Form method="get" action="/verify" className="verify-form">
      <label htmlFor="certificate-number">{t("verify.label")}</label>
      <div className="verify-form__row">
        <input
          id="certificate-number"
          name="number"
          defaultValue={defaultValue}
          placeholder={t("verify.placeholder")}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          required
          maxLength={CERTIFICATE_NUMBER_LENGTH.max}
          aria-invalid={error || undefined}
          aria-describedby="certificate-help"
        />
        <button type="submit" className="button button--primary">
          {t("verify.submit")}
        </button>
      </div>
      <p id="certificate-help" className="muted">
        {t("verify.help")}
      </p>
    </Form>
  )
}
