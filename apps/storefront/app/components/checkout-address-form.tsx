import {
  INTERNATIONAL_COUNTRIES,
  internationalAddressSchema,
  VIETNAM_PROVINCES,
  vietnamCheckoutAddressSchema,
} from "@ocop/domain"
import { Form } from "@remix-run/react"
import { useLocale, useT } from "~/i18n"
import { CheckoutField } from "./checkout-field"
import { useSchemaValidation } from "./use-schema-validation"

/**
 * Step 2: a Vietnamese two-level address for the VND region, an address abroad for the USD one. In
 * Vietnam the buyer may collect the order at a point of sale instead: then only name and phone count,
 * and the address fields are hidden by CSS (`:has()`), with or without JavaScript.
 */
export function CheckoutAddressForm({
  vietnam,
  values,
  errors: serverErrors,
  action = "/checkout",
}: {
  action?: string
  vietnam: boolean
  values: Record<string, string>
  errors: Record<string, string>
}) {
  const t = useT()
  const locale = useLocale()
  const { errors, onSubmit } = useSchemaValidation(
    vietnam ? vietnamCheckoutAddressSchema : internationalAddressSchema,
    serverErrors,
  )
  const pickup = vietnam && values.fulfilment === "pickup"
  const text = (name: string, label: string, autoComplete: string, type = "text") => (
    <CheckoutField name={name} label={label} error={errors[name]}>
      {(props) => <input {...props} type={type} defaultValue={values[name] ?? ""} autoComplete={autoComplete} />}
    </CheckoutField>
  )
  return (
    <Form method="post" action={action} className="checkout-form" noValidate onSubmit={onSubmit}>
      <input type="hidden" name="intent" value="address" />
      {vietnam ? (
        <fieldset className="fulfilment-choice">
          <legend>{t("checkout.receiveHow")}</legend>
          <label className="choice">
            <input type="radio" name="fulfilment" value="delivery" defaultChecked={!pickup} />
            <span>{t("checkout.deliverHome")}</span>
          </label>
          <label className="choice">
            <input
              type="radio"
              name="fulfilment"
              value="pickup"
              defaultChecked={pickup}
              aria-describedby="fulfilment-pickup-hint"
            />
            <span>{t("checkout.pickup")}</span>
          </label>
          <p id="fulfilment-pickup-hint" className="muted">
            {t("checkout.pickupHint")}
          </p>
        </fieldset>
      ) : null}
      {text("full_name", t("checkout.fullName"), "name")}
      {text("phone", t("checkout.phone"), "tel", "tel")}
      {vietnam ? (
        <div className="delivery-address">
          <p className="muted">{t("checkout.addressHint")}</p>
          <CheckoutField name="province" label={t("checkout.province")} error={errors.province}>
            {(props) => (
              <select {...props} defaultValue={values.province ?? ""} autoComplete="address-level1">
                <option value="">{t("checkout.provinceChoose")}</option>
                {VIETNAM_PROVINCES.map((province) => (
                  <option key={province} value={province}>
                    {province}
                  </option>
                ))}
              </select>
            )}
          </CheckoutField>
          {text("commune", t("checkout.commune"), "address-level2")}
          {text("street", t("checkout.street"), "address-line1")}
        </div>
      ) : (
        <>
          <CheckoutField name="country_code" label={t("checkout.country")} error={errors.country_code}>
            {(props) => (
              <select {...props} defaultValue={values.country_code ?? ""} autoComplete="country">
                <option value="">—</option>
                {INTERNATIONAL_COUNTRIES.map((c) => (
                  <option key={c.code} value={c.code}>
                    {locale === "en" ? c.nameEn : c.nameVi}
                  </option>
                ))}
              </select>
            )}
          </CheckoutField>
          {text("street", t("checkout.street"), "address-line1")}
          {text("city", t("checkout.city"), "address-level2")}
          {text("province", t("checkout.region"), "address-level1")}
          {text("postal_code", t("checkout.postalCode"), "postal-code")}
        </>
      )}
      {errors[""] ? <p className="field-error">{errors[""]}</p> : null}
      <button type="submit" className="button button--primary">
        {t("checkout.continue")}
      </button>
    </Form>
  )
}
