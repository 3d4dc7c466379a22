import checkoutStyles from "~/styles/checkout.css?url"
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node"
import { data } from "@remix-run/node"
import { Link, useLoaderData } from "@remix-run/react"
import { CartTotals } from "~/components/cart-totals"
import { GeneralErrorBoundary } from "~/components/error-page"
import { translate, useLocale, useT } from "~/i18n"
import { moneyLabel } from "~/utils/cart-format"
import { NO_STORE } from "~/utils/http"
import { fromBackend } from "~/utils/medusa.server"
import { invariantResponse } from "~/utils/misc"
import { orderConfirmation } from "~/utils/order.server"
import { rootDataFromMatches, seoMeta } from "~/utils/seo"
// This page's strings are not bundled with every page (see i18n/index.ts).
import "~/i18n/checkout-strings"

export const links: LinksFunction = () => [{ rel: "stylesheet", href: checkoutStyles }]

export const meta: MetaFunction = ({ matches, params }) => {
  const { locale = "vi" } = rootDataFromMatches(matches)
  return seoMeta({
    title: `${translate(locale, "order.confirmedTitle")} – OCOP Lào Cai`,
    description: "",
    path: `/order/${params.id}/confirmed`,
    matches,
    noIndex: true,
  })
}

export async function loader({ params }: LoaderFunctionArgs) {
  invariantResponse(params.id && /^order_[0-9A-Za-z]+$/.test(params.id), "Not found", { status: 404 })
  return data(await fromBackend(() => orderConfirmation(params.id!)), { headers: NO_STORE })
}

export default function OrderConfirmedPage() {
  const { order, pickupPoint, pickupCode, vietqr, qrSvg } = useLoaderData<typeof loader>()
  const t = useT()
  const locale = useLocale()
  const money = (amount: number) => moneyLabel(amount, order.currency_code, locale)
  const address = order.shipping_address
  return (
    <div className="container page narrow order-page" data-order-number={order.display_id}>
      <h1>{t("order.confirmedTitle")}</h1>
      <p className="notice notice--success" role="status">
        <strong>{t("order.number", { number: order.display_id })}</strong>
        {order.email ? <> · {t("order.thanks", { email: order.email })}</> : null}
      </p>

      <section aria-labelledby="order-items">
        <h2 id="order-items">{t("order.items")}</h2>
        <ul>
          {order.items.map((item) => (
            <li key={item.id}>
              {item.quantity} × {item.title}
              {item.variant_title ? ` (${item.variant_title})` : ""} – {money(item.total)}
            </li>
          ))}
        </ul>
        <CartTotals totals={order} />
      </section>

      <section aria-labelledby="order-delivery">
        <h2 id="order-delivery">{t("order.delivery")}</h2>
        {pickupPoint ? (
          <p data-testid="order-pickup">
            {t("checkout.pickupAt")} <strong>{pickupPoint.name}</strong> – {pickupPoint.address}
            {pickupPoint.opening_hours ? ` · ${t("checkout.openingHours", { hours: pickupPoint.opening_hours })}` : ""}
            {pickupCode ? (
              <>
                <br />
                <span data-testid="order-pickup-code">
                  {t("order.pickupCode")} <strong>{pickupCode}</strong>
                </span>
              </>
            ) : null}
            <br />
            <span data-testid="order-collector">
              {t("order.collector", {
                name: [address?.first_name, address?.last_name].filter(Boolean).join(" "),
                phone: address?.phone ?? "",
              })}
            </span>
          </p>
        ) : (
          <p data-testid="order-delivery-address">
            {order.shipping_methods[0]?.name}: {[address?.first_name, address?.last_name].filter(Boolean).join(" ")},{" "}
            {[
              address?.address_1,
              address?.city,
              address?.province,
              address?.postal_code,
              address?.country_code?.toUpperCase(),
            ]
              .filter(Boolean)
              .join(", ")}
          </p>
        )}
      </section>

      <section aria-labelledby="order-payment">
        <h2 id="order-payment">{t("order.payment")}</h2>
        {vietqr ? (
          <div className="vietqr" data-testid="vietqr" data-payload={vietqr.payload}>
            {vietqr.paid ? (
              <p className="notice notice--success">{t("order.paid")}</p>
            ) : (
              <p>{t("order.payVietqr", { amount: money(vietqr.amount) })}</p>
            )}
            {qrSvg ? (
              <div
                className="vietqr__code"
                role="img"
                aria-label={t("order.qrAlt", { amount: money(vietqr.amount), note: vietqr.note })}
                dangerouslySetInnerHTML={{ __html: qrSvg }}
              />
            ) : null}
            <dl className="vietqr__facts">
              <dt>{t("order.bank")}</dt>
              <dd>{vietqr.bank_bin}</dd>
              <dt>{t("order.account")}</dt>
              <dd data-testid="vietqr-account">{vietqr.account_number}</dd>
              <dt>{t("order.accountName")}</dt>
              <dd>{vietqr.account_name}</dd>
              <dt>{t("order.amount")}</dt>
              <dd data-testid="vietqr-amount">{money(vietqr.amount)}</dd>
              <dt>{t("order.note")}</dt>
              <dd data-testid="vietqr-note">{vietqr.note}</dd>
            </dl>
            {vietqr.sample_account ? <p className="notice notice--warning">{t("order.sampleAccount")}</p> : null}
          </div>
        ) : (
          <p>{t("order.payCod", { amount: money(order.total) })}</p>
        )}
      </section>
      <Link to="/products">{t("cart.continue")}</Link>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
