import { deliveryChoiceSchema } from "@ocop/domain"
import { useLocale, useT } from "~/i18n"
import { moneyLabel } from "~/utils/cart-format"
import type { PickupPoint, StoreShippingOption } from "~/utils/cart-types"
import { pickupPointFor } from "~/utils/pickup-points"
import { CheckoutChoiceForm } from "./checkout-choice-form"

/** Step 3: home delivery with its price, or pickup at a showroom (address and hours shown). */
export function CheckoutDeliveryForm({
  options,
  pickupPoints,
  currencyCode,
  selected,
  error,
}: {
  options: StoreShippingOption[]
  pickupPoints: PickupPoint[]
  currencyCode: string
  selected: string | undefined
  error: string | undefined
}) {
  const t = useT()
  const locale = useLocale()
  if (options.length === 0) return <p className="notice notice--warning">{t("checkout.noOptions")}</p>
  return (
    <CheckoutChoiceForm
      intent="delivery"
      field="shipping_option_id"
      schema={deliveryChoiceSchema}
      legend={t("checkout.stepDelivery")}
      error={error}
    >
      {options.map((option) => {
        const point = pickupPointFor(pickupPoints, option.id)
        return (
          <label key={option.id} className="choice" data-testid={point ? `pickup-${point.code}` : "home-delivery"}>
            <input type="radio" name="shipping_option_id" value={option.id} defaultChecked={option.id === selected} />
            <span className="choice__title">
              {point ? `${t("checkout.pickupAt")} ${point.name}` : `${t("checkout.delivery")} (${option.name})`}
            </span>
            <span className="choice__price">
              {option.amount === 0 ? t("checkout.free") : moneyLabel(option.amount, currencyCode, locale)}
            </span>
            {point ? (
              <span className="choice__detail muted">
                {point.address}
                {point.opening_hours ? ` · ${t("checkout.openingHours", { hours: point.opening_hours })}` : ""}
              </span>
            ) : null}
          </label>
        )
      })}
    </CheckoutChoiceForm>
  )
}
