import { Form, Link } from "@remix-run/react"
import { useLocale, useT } from "~/i18n"
import type { StoreLineItem } from "~/utils/cart-types"
import { moneyLabel } from "~/utils/cart-format"

/** The cart's lines, each with its own quantity form and remove button, and its stock message. */
export function CartLines({
  items,
  currencyCode,
  lineErrors,
  submitted,
}: {
  items: StoreLineItem[]
  currencyCode: string
  lineErrors: Record<string, string>
  submitted: Record<string, string>
}) {
  const t = useT()
  const locale = useLocale()
  return (
    <ul className="cart-lines" aria-label={t("cart.items")}>
      {items.map((item) => {
        const error = lineErrors[item.id]
        const errorId = `line-error-${item.id}`
        return (
          <li key={item.id} className="cart-line" data-testid="cart-line">
            <div className="cart-line__info">
              {item.product_handle ? (
                <Link to={`/products/${item.product_handle}`}>{item.title}</Link>
              ) : (
                <span>{item.title}</span>
              )}
              {item.variant_title ? <span className="muted"> – {item.variant_title}</span> : null}
              <div className="muted">
                {t("cart.unitPrice")}: {moneyLabel(item.unit_price, currencyCode, locale)}
              </div>
            </div>
            <Form method="post" className="cart-line__quantity">
              <input type="hidden" name="intent" value="update" />
              <input type="hidden" name="line_id" value={item.id} />
              <label htmlFor={`qty-${item.id}`} className="visually-hidden">
                {t("cart.quantityOf", { title: item.title })}
              </label>
              <input
                id={`qty-${item.id}`}
                type="number"
                name="quantity"
                min={1}
                max={99}
                inputMode="numeric"
                defaultValue={submitted[item.id] ?? item.quantity}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? errorId : undefined}
              />
              <button type="submit" className="button">
                {t("cart.update")}
              </button>
            </Form>
            <p className="cart-line__total">{moneyLabel(item.total, currencyCode, locale)}</p>
            <Form method="post" className="cart-line__remove">
              <input type="hidden" name="intent" value="remove" />
              <input type="hidden" name="line_id" value={item.id} />
              <button
                type="submit"
                className="button button--link"
                aria-label={t("cart.removeItem", { title: item.title })}
              >
                {t("cart.remove")}
              </button>
            </Form>
            {error ? (
              <p id={errorId} className="field-error cart-line__error" role="alert">
                {error}
              </p>
            ) : null}
          </li>
        )
      })}
    </ul>
  )
}
