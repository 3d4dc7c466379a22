import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node"
import { data } from "@remix-run/node"
import { Link, useLoaderData } from "@remix-run/react"
import { CartTotals } from "~/components/cart-totals"
import { GeneralErrorBoundary } from "~/components/error-page"
import { translate, useLocale, useT } from "~/i18n"
import checkoutStyles from "~/styles/checkout.css?url"
import { requireCustomer } from "~/utils/account.server"
import { orderStateLabel } from "~/utils/account-labels"
import { moneyLabel } from "~/utils/cart-format"
import type { StoreOrder } from "~/utils/cart-types"
import { NO_STORE } from "~/utils/http"
import { fromBackend, storeCall } from "~/utils/medusa.server"
import { invariantResponse } from "~/utils/misc"
import { rootDataFromMatches, seoMeta } from "~/utils/seo"
// This page's strings are not bundled with every page (see i18n/index.ts).
import "~/i18n/checkout-strings"

export const links: LinksFunction = () => [{ rel: "stylesheet", href: checkoutStyles }]

export const meta: MetaFunction = ({ matches }) => {
  const { locale = "vi" } = rootDataFromMatches(matches)
  return seoMeta({
    title: `${translate(locale, "account.orders")} – OCOP Lào Cai`,
    description: "",
    path: "/account",
    matches,
    noIndex: true,
  })
}

type OwnedOrder = StoreOrder & { customer_id: string | null; status: string }

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { customer, token } = await fromBackend(() => requireCustomer(request))
  const result = await fromBackend(() =>
    storeCall<{ order: OwnedOrder }>(
      `/store/orders/${encodeURIComponent(params.id ?? "")}?fields=id,display_id,customer_id,status,payment_status,currency_code,total,item_total,tax_total,shipping_total,*items,*shipping_methods`,
      { token },
    ),
  )
  // Someone else's order is "not found" here, whoever knows its id.
  invariantResponse(result.ok && result.body.order.customer_id === customer.id, "Not found", { status: 404 })
  return data({ order: result.body.order }, { headers: NO_STORE })
}

export default function AccountOrderPage() {
  const { order } = useLoaderData<typeof loader>()
  const t = useT()
  const locale = useLocale()
  return (
    <section className="container page narrow">
      <h1>{t("order.number", { number: order.display_id })}</h1>
      <p data-testid="order-status">
        {t("account.orderStatus")}: {orderStateLabel(order, locale)}
      </p>
      <ul>
        {order.items.map((item) => (
          <li key={item.id}>
            {item.quantity} × {item.title} – {moneyLabel(item.total, order.currency_code, locale)}
          </li>
        ))}
      </ul>
      <p>
        {t("order.delivery")}: {order.shipping_methods[0]?.name}
      </p>
      <CartTotals totals={order} />
      <Link to={`/order/${order.id}/confirmed`}>{t("order.payment")}</Link> ·{" "}
      <Link to="/account">{t("account.title")}</Link>
    </section>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
