import type { CatalogueVariant, Price } from "@ocop/domain"
import { Form } from "@remix-run/react"
import { useLocale, useT } from "~/i18n"
import { priceLabel } from "~/utils/format"

/**
 * Variants with their VND price and stock, and the add-to-cart form. The form posts to /cart,
 * which for now answers that online ordering is coming (the cart is a later issue). A product
 * that may not be sold gets the list without any buy button.
 */
export function PurchasePanel({
  variants,
  fallbackPrice,
  purchasable,
}: {
  variants: CatalogueVariant[]
  fallbackPrice: Price | null
  purchasable: boolean
}) {
  const t = useT()
  const locale = useLocale()
  const firstInStock = variants.find((variant) => variant.in_stock)
  const canBuy = purchasable && firstInStock !== undefined
  const headline = priceLabel(firstInStock?.price ?? variants[0]?.price ?? fallbackPrice, locale)

  return (
    <div className="purchase">
      <p className="purchase__price">{headline ?? t("catalogue.priceOnRequest")}</p>
      <Form method="post" action="/cart" className="purchase__form">
        {variants.length > 0 ? (
          <fieldset className="variants">
            <legend>{t("product.variants")}</legend>
            {variants.map((variant) => (
              <label key={variant.id} className={`variant${variant.in_stock ? "" : " variant--out"}`}>
                {canBuy ? (
                  <input
                    type="radio"
                    name="variant_id"
                    value={variant.id}
                    disabled={!variant.in_stock}
                    defaultChecked={variant.id === firstInStock?.id}
                    required
                  />
                ) : null}
                <span className="variant__title">{variant.title}</span>
                <span className="variant__price">{priceLabel(variant.price, locale) ?? "—"}</span>
                {/* Stock means nothing while the product may not be sold. */}
                {purchasable ? (
                  <span className={`stock stock--${variant.in_stock ? "in" : "out"}`}>
                    {variant.in_stock ? t("product.inStock") : t("product.outOfStock")}
                  </span>
                ) : null}
              </label>
            ))}
          </fieldset>
        ) : null}
        {canBuy ? (
          <div className="purchase__actions">
            <label className="quantity">
              <span>{t("product.quantity")}</span>
              <input type="number" name="quantity" min={1} max={99} defaultValue={1} inputMode="numeric" />
            </label>
            <button type="submit" className="button button--primary purchase__button">
              {t("product.addToCart")}
            </button>
          </div>
        ) : null}
      </Form>
    </div>
  )
}
