import { useLocale, useT } from "~/i18n"
import { moneyLabel } from "~/utils/cart-format"

/** Subtotal, delivery, total and the VAT the total includes (prices are tax-inclusive). */
export function CartTotals({
  totals,
}: {
  totals: { currency_code: string; item_total: number; shipping_total: number; total: number; tax_total: number }
}) {
  const t = useT()
  const locale = useLocale()
  const money = (amount: number) => moneyLabel(amount, totals.currency_code, locale)
  return (
    <dl className="cart-totals" data-testid="cart-totals">
      <div>
        <dt>{t("cart.subtotal")}</dt>
        <dd>{money(totals.item_total)}</dd>
      </div>
      {totals.shipping_total > 0 ? (
        <div>
          <dt>{t("cart.shipping")}</dt>
          <dd>{money(totals.shipping_total)}</dd>
        </div>
      ) : null}
      <div className="cart-totals__total">
        <dt>{t("cart.total")}</dt>
        <dd data-testid="cart-total" data-amount={totals.total} data-currency={totals.currency_code}>
          {money(totals.total)}
        </dd>
      </div>
      {totals.tax_total > 0 ? (
        <p className="muted cart-totals__vat">{t("cart.vatIncluded", { amount: money(totals.tax_total) })}</p>
      ) : null}
    </dl>
  )
}
