import { deliveryChoiceSchema } from "@ocop/domain";
import { Form } from "@remix-run/react";
import { useLocale, useT } from "~/i18n";
import { moneyLabel } from "~/utils/cart-format";
import type { PickupPoint, StoreShippingOption } from "~/utils/cart-types";
import { useSchemaValidation } from "./use-schema-validation";

/** Step 3: home delivery with its price, or pickup at a showroom (address and hours shown). */
export function CheckoutDeliveryForm({
  options,
  pickupPoints,
  currencyCode,
  selected,
  error: serverError,
}: {
  options: StoreShippingOption[];
  pickupPoints: PickupPoint[];
  currencyCode: string;
  selected: string | undefined;
  error: string | undefined;
}) {
  const t = useT();
  const locale = useLocale();
  const { errors, onSubmit } = useSchemaValidation(deliveryChoiceSchema, serverError ? { shipping_option_id: serverError } : {});
  const error = errors.shipping_option_id;
  if (options.length === 0) return <p className="notice notice--warning">{t("checkout.noOptions")}</p>;
  const pointOf = (optionId: string) => pickupPoints.find((p) => p.shipping_option_ids.includes(optionId));
  return (
    <Form method="post" action="/checkout" className="checkout-form" noValidate onSubmit={onSubmit}>
      <input type="hidden" name="intent" value="delivery" />
      <fieldset aria-describedby={error ? "delivery-error" : undefined}>
        <legend className="visually-hidden">{t("checkout.stepDelivery")}</legend>
        {options.map((option) => {
          const point = pointOf(option.id);
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
          );
        })}
      </fieldset>
      {error ? (
        <p id="delivery-error" className="field-error" data-field-error="shipping_option_id">
          {error}
        </p>
      ) : null}
      <button type="submit" className="button button--primary">
        {t("checkout.continue")}
      </button>
    </Form>
  );
}
