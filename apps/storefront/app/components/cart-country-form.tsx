import { countryName, SHOP_COUNTRY_CODES } from "@ocop/domain"
import { Form } from "@remix-run/react"
import { useLocale, useT } from "~/i18n"

/** The remembered delivery country; it decides the region and so the currency of every price. */
export function CartCountryForm({ country, redirectTo }: { country: string; redirectTo: string }) {
  const t = useT()
  const locale = useLocale()
  return (
    <Form method="post" action="/cart" className="country-form">
      <input type="hidden" name="intent" value="country" />
      <input type="hidden" name="redirectTo" value={redirectTo} />
      <label htmlFor="country">{t("cart.country")}</label>
      <select id="country" name="country" defaultValue={country}>
        {SHOP_COUNTRY_CODES.map((code) => (
          <option key={code} value={code}>
            {countryName(code, locale)}
          </option>
        ))}
      </select>
      <button type="submit" className="button">
        {t("cart.countryApply")}
      </button>
      <p className="muted">{t("cart.countryNote")}</p>
    </Form>
  )
}
