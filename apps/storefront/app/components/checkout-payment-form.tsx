import { paymentChoiceSchema } from "@ocop/domain";
import { Form } from "@remix-run/react";
import { useT } from "~/i18n";
import { useSchemaValidation } from "./use-schema-validation";

/** Step 4: cash on delivery / at pickup, or (in VND) a bank transfer by VietQR. */
export function CheckoutPaymentForm({
  vietnam,
  selected,
  error: serverError,
}: {
  vietnam: boolean;
  selected: string | undefined;
  error: string | undefined;
}) {
  const t = useT();
  const { errors, onSubmit } = useSchemaValidation(paymentChoiceSchema, serverError ? { payment_method: serverError } : {});
  const error = errors.payment_method;
  return (
    <Form method="post" action="/checkout" className="checkout-form" noValidate onSubmit={onSubmit}>
      <input type="hidden" name="intent" value="payment" />
      <fieldset aria-describedby={error ? "payment-error" : undefined}>
        <legend className="visually-hidden">{t("checkout.stepPayment")}</legend>
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
      </fieldset>
      {error ? (
        <p id="payment-error" className="field-error" data-field-error="payment_method">
          {error}
        </p>
      ) : null}
      <button type="submit" className="button button--primary">
        {t("checkout.continue")}
      </button>
    </Form>
  );
}
