import { Form } from "@remix-run/react"
import { useT } from "~/i18n"

/** A card's "add to cart": one unit of the product's first variant in stock (chosen by the server). */
export function CartAddButton({ handle, title }: { handle: string; title: string }) {
  const t = useT()
  return (
    <Form method="post" action="/cart" className="card-add">
      <input type="hidden" name="handle" value={handle} />
      <input type="hidden" name="quantity" value="1" />
      <button type="submit" className="button" aria-label={t("cart.buyNamed", { title })}>
        {t("cart.buy")}
      </button>
    </Form>
  )
}
