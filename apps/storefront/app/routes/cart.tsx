import checkoutStyles from "~/styles/checkout.css?url"
import { refuseCrossSite } from "~/utils/same-site.server"
import type { LinksFunction, ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node"
import { data } from "@remix-run/node"
import { Link, useActionData, useLoaderData } from "@remix-run/react"
import { CartCountryForm } from "~/components/cart-country-form"
import { CartLines } from "~/components/cart-lines"
import { CartTotals } from "~/components/cart-totals"
import { GeneralErrorBoundary } from "~/components/error-page"
import { translate, useT } from "~/i18n"
import { getLocale } from "~/i18n/locale.server"
import { addToCart, chooseCountry, removeLine, updateLine, type CartActionData } from "~/utils/cart-actions.server"
import { getCart, getCountry } from "~/utils/cart.server"
import { NO_STORE } from "~/utils/http"
import { fromBackend } from "~/utils/medusa.server"
import { seoMeta, rootDataFromMatches } from "~/utils/seo"
// This page's strings are not bundled with every page (see i18n/index.ts).
import "~/i18n/checkout-strings"

export const links: LinksFunction = () => [{ rel: "stylesheet", href: checkoutStyles }]

export const meta: MetaFunction = ({ matches }) => {
  const { locale = "vi" } = rootDataFromMatches(matches)
  return seoMeta({
    title: `${translate(locale, "cart.title")} – OCOP Lào Cai`,
    description: translate(locale, "cart.empty"),
    path: "/cart",
    matches,
    noIndex: true,
  })
}

export async function loader({ request }: LoaderFunctionArgs) {
  const [cart, country] = await fromBackend(() => Promise.all([getCart(request), getCountry(request)]))
  return data({ cart, country }, { headers: NO_STORE })
}

/** POST /cart: add (product page, cards), update, remove, or choose the delivery country. */
export async function action({ request }: ActionFunctionArgs) {
  await refuseCrossSite(request)
  const locale = await getLocale(request)
  const form = await request.formData()
  const intent = form.get("intent") ?? "add"
  return fromBackend(() => {
    if (intent === "update") return updateLine(request, form, locale)
    if (intent === "remove") return removeLine(request, form, locale)
    if (intent === "country") return chooseCountry(request, form, locale)
    return addToCart(request, form, locale)
  })
}

export default function CartPage() {
  const t = useT()
  const { cart, country } = useLoaderData<typeof loader>()
  const actionData = useActionData<CartActionData>()
  const empty = !cart || cart.items.length === 0
  return (
    <section className="container page narrow cart-page">
      <h1>{t("cart.title")}</h1>
      {actionData?.formError ? (
        <p className="notice notice--danger" role="alert">
          {actionData.formError}
        </p>
      ) : null}
      <CartCountryForm country={country} redirectTo="/cart" />
      {empty ? (
        <>
          <p>{t("cart.empty")}</p>
          <Link to="/products" className="button button--primary">
            {t("cart.continue")}
          </Link>
        </>
      ) : (
        <>
          <CartLines
            items={cart.items}
            currencyCode={cart.currency_code}
            lineErrors={actionData?.lineErrors ?? {}}
            submitted={actionData?.submitted ?? {}}
          />
          <CartTotals totals={cart} />
          <div className="cart-page__actions">
            <Link to="/products">{t("cart.continue")}</Link>
            <Link to="/checkout" className="button button--primary">
              {t("cart.checkout")}
            </Link>
          </div>
        </>
      )}
    </section>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
