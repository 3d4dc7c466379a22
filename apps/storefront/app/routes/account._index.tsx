import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node"
import { data } from "@remix-run/node"
import { Form, Link, useLoaderData } from "@remix-run/react"
import { GeneralErrorBoundary } from "~/components/error-page"
import { translate, useLocale, useT } from "~/i18n"
import checkoutStyles from "~/styles/checkout.css?url"
import { customerOrders, requireCustomer } from "~/utils/account.server"
import { orderStateLabel } from "~/utils/account-labels"
import { moneyLabel } from "~/utils/cart-format"
import { dateLabel } from "~/utils/format"
import { NO_STORE } from "~/utils/http"
import { fromBackend } from "~/utils/medusa.server"
import { rootDataFromMatches, seoMeta } from "~/utils/seo"
// This page's strings are not bundled with every page (see i18n/index.ts).
import "~/i18n/checkout-strings"

export const links: LinksFunction = () => [{ rel: "stylesheet", href: checkoutStyles }]

export const meta: MetaFunction = ({ matches }) => {
  const { locale = "vi" } = rootDataFromMatches(matches)
  return seoMeta({
    title: `${translate(locale, "account.title")} – OCOP Lào Cai`,
    description: "",
    path: "/account",
    matches,
    noIndex: true,
  })
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { customer, token } = await fromBackend(() => requireCustomer(request))
  const orders = await fromBackend(() => customerOrders(token))
  return data({ customer, orders }, { headers: NO_STORE })
}

export default function AccountPage() {
  const { customer, orders } = useLoaderData<typeof loader>()
  const t = useT()
  const locale = useLocale()
  return (
    <section className="container page narrow account-page">
      <h1>{t("account.title")}</h1>
      <p>{t("account.hello", { name: customer.first_name || customer.email })}</p>
      <h2>{t("account.orders")}</h2>
      {orders.length === 0 ? (
        <p>{t("account.noOrders")}</p>
      ) : (
        <ul className="account-orders" data-testid="account-orders">
          {orders.map((order) => (
            <li key={order.id}>
              <Link to={`/account/orders/${order.id}`}>#{order.display_id}</Link> ·{" "}
              {dateLabel((order as { created_at?: string }).created_at)} ·{" "}
              {moneyLabel(order.total, order.currency_code, locale)} ·{" "}
              {orderStateLabel(order as { status?: string; payment_status?: string }, locale)}
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to="/account/addresses">{t("account.addresses")}</Link>
      </p>
      <Form method="post" action="/account/logout">
        <button type="submit" className="button">
          {t("account.logout")}
        </button>
      </Form>
    </section>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
