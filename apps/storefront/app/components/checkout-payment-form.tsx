import { paymentChoiceSchema } from "@ocop/domain"
import { useT } from "~/i18n"
import { CheckoutChoiceForm } from "./checkout-choice-form"

/** Step 4: cash on delivery / at pickup, or (in VND) a bank transfer by VietQR. */
export function CheckoutPaymentForm({
  vietnam,
  selected,
  error,
}: {
  vietnam: boolean
  selected: string | undefined
  error: string | undefined
}) {
  const t = useT()
  return (
    <CheckoutChoiceForm
      intent="payment"
      field="payment_method"
      schema={paymentChoiceSchema}
      legend={t("checkout.stepPayment")}
      error={error}
    >
      <label className="choice">
        <input type="radio" name="payment_method" value="cod" defaultChecked={selected === "cod"} />
        <span className="choice__title">{vietnam ? t("checkout.cod") : t("checkout.codIntl")}</span>
      </label>
      {vietnam ? (
        <label className="choice">
          <input type="radio" name="payment_method" value="vietqr" defaultChecked={selected === "vietqr"} />
          <span className="choice__title">{t("checkout.vietqr")}</span>
        </label>
      ) : null}
    </CheckoutChoiceForm>
  )
}
