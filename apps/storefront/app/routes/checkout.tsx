import checkoutStyles from "~/styles/checkout.css?url"
import { refuseCrossSite } from "~/utils/same-site.server"
import type { LinksFunction, ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node"
import { data, redirect } from "@remix-run/node"
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react"
import type { ReactNode } from "react"
import { CartTotals } from "~/components/cart-totals"
import { CheckoutAddressForm } from "~/components/checkout-address-form"
import { CheckoutDeliveryForm } from "~/components/checkout-delivery-form"
import { CheckoutContactForm } from "~/components/checkout-contact-form"
import { CheckoutPaymentForm } from "~/components/checkout-payment-form"
import { GeneralErrorBoundary } from "~/components/error-page"
import { translate, useLocale, useT, type MessageKey } from "~/i18n"
import { getLocale } from "~/i18n/locale.server"
import { moneyLabel } from "~/utils/cart-format"
import { customerToken, getCustomer } from "~/utils/account.server"
import { getCart } from "~/utils/cart.server"
import { fulfilmentOf, stepsDone, type CheckoutStep } from "@ocop/domain"
import { addressValues, type CheckoutActionData } from "~/utils/checkout-steps"
import { deliveryChoices, pickupOptionIds, placeOrder, saveStep } from "~/utils/checkout.server"
import { NO_STORE } from "~/utils/http"
import { pickupPointFor } from "~/utils/pickup-points"
import { fromBackend } from "~/utils/medusa.server"
import { rootDataFromMatches, seoMeta } from "~/utils/seo"
// This page's strings are not bundled with every page (see i18n/index.ts).
import "~/i18n/checkout-strings"

export const links: LinksFunction = () => [{ rel: "stylesheet", href: checkoutStyles }]

export const meta: MetaFunction = ({ matches }) => {
  const { locale = "vi" } = rootDataFromMatches(matches)
  return seoMeta({
    title: `${translate(locale, "checkout.title")} – OCOP Lào Cai`,
    description: "",
    path: "/checkout",
    matches,
    noIndex: true,
  })
}

export async function loader({ request }: LoaderFunctionArgs) {
  const cart = await fromBackend(() => getCart(request))
  if (!cart || cart.items.length === 0) throw redirect("/cart")
  // Shipping choices and the buyer's account do not depend on each other: ask for both at once.
  const [choices, customer] = await fromBackend(() => Promise.all([deliveryChoices(cart), getCustomer(request)]))
  const pickupIds = pickupOptionIds(choices.pickupPoints)
  const fulfilment = fulfilmentOf(cart)
  // The delivery step offers what the address step chose: the showrooms, or delivery to the address.
  const options = choices.options.filter((o) => pickupIds.includes(o.id) === (fulfilment === "pickup"))
  const editing = new URL(request.url).searchParams.get("step")
  // A logged-in buyer starts from their account's email and first saved address.
  const saved =
    customer?.addresses.find((a) => a.country_code === (cart.currency_code === "vnd" ? "vn" : a.country_code)) ?? null
  return data(
    {
      cart,
      options,
      pickupPoints: choices.pickupPoints,
      fulfilment,
      done: stepsDone(cart, pickupIds),
      editing,
      vietnam: cart.currency_code === "vnd",
      prefill: { email: customer?.email ?? "", address: saved },
    },
    { headers: NO_STORE },
  )
}

/** Each step's form posts here with its `intent`; `place` completes the cart. */
export async function action({ request }: ActionFunctionArgs) {
  await refuseCrossSite(request)
  const locale = await getLocale(request)
  const form = await request.formData()
  // A second "place" (double click, retry) finds the cart completed; completing again returns its order.
  const cart = await fromBackend(() => getCart(request, { includeCompleted: form.get("intent") === "place" }))
  if (!cart || cart.items.length === 0) return redirect("/cart")
  const token = await customerToken(request)
  return fromBackend(() =>
    form.get("intent") === "place" ? placeOrder(cart, locale, token) : saveStep(cart, form, locale),
  )
}

const TITLES: Record<CheckoutStep, MessageKey> = {
  contact: "checkout.stepContact",
  address: "checkout.stepAddress",
  delivery: "checkout.stepDelivery",
  payment: "checkout.stepPayment",
  review: "checkout.stepReview",
}

function Step({
  step,
  open,
  done,
  summary,
  children,
}: {
  step: CheckoutStep
  open: boolean
  done: boolean
  summary?: ReactNode
  children: ReactNode
}) {
  const t = useT()
  return (
    <section
      id={step}
      className={`checkout-step${open ? " checkout-step--open" : ""}`}
      aria-labelledby={`${step}-title`}
    >
      <h2 id={`${step}-title`}>{t(TITLES[step])}</h2>
      {open ? (
        children
      ) : done ? (
        <div className="checkout-step__summary">
          <div>{summary}</div>
          <Link to={`/checkout?step=${step}#${step}`}>{t("checkout.edit")}</Link>
        </div>
      ) : null}
    </section>
  )
}

export default function CheckoutPage() {
  const { cart, options, pickupPoints, fulfilment, done, editing, vietnam, prefill } = useLoaderData<typeof loader>()
  const actionData = useActionData<CheckoutActionData>()
  const t = useT()
  const locale = useLocale()
  const order: CheckoutStep[] = ["contact", "address", "delivery", "payment", "review"]
  const current = order.find((step) => !done[step]) ?? "review"
  const isOpen = (step: CheckoutStep) => actionData?.step === step || editing === step || (!editing && current === step)
  const errorsFor = (step: CheckoutStep) => (actionData?.step === step ? actionData.errors : {})
  const valuesFor = (step: CheckoutStep, saved: Record<string, string>) =>
    actionData?.step === step ? actionData.values : saved
  const method = cart.shipping_methods[0]
  const point = pickupPointFor(pickupPoints, method?.shipping_option_id)
  const payment = typeof cart.metadata?.payment_method === "string" ? cart.metadata.payment_method : undefined
  const hasErrors = actionData && Object.keys(actionData.errors).length > 0 && actionData.step !== "review"
  // Medusa gives a new cart an address holding only the region's country; that is not "filled in".
  const address = done.address
    ? addressValues(cart.shipping_address, vietnam, fulfilment)
    : addressValues(prefill.address, vietnam, fulfilment)

  return (
    <div className="container page narrow checkout-page">
      <h1>{t("checkout.title")}</h1>
      {hasErrors ? (
        <p className="notice notice--danger" role="alert">
          {t("checkout.fixErrors")}
        </p>
      ) : null}

      <Step step="contact" open={isOpen("contact")} done={done.contact} summary={cart.email}>
        <CheckoutContactForm
          email={valuesFor("contact", { email: cart.email ?? prefill.email }).email ?? ""}
          errors={errorsFor("contact")}
        />
      </Step>

      <Step
        step="address"
        open={done.contact && isOpen("address")}
        done={done.address}
        summary={[
          fulfilment === "pickup" && vietnam ? `${t("checkout.pickupBy")}:` : null,
          [address.full_name, address.phone, address.street, vietnam ? address.commune : address.city, address.province]
            .filter(Boolean)
            .join(", "),
        ]
          .filter(Boolean)
          .join(" ")}
      >
        <CheckoutAddressForm vietnam={vietnam} values={valuesFor("address", address)} errors={errorsFor("address")} />
      </Step>

      <Step
        step="delivery"
        open={done.address && isOpen("delivery")}
        done={done.delivery}
        summary={point ? `${t("checkout.pickupAt")} ${point.name} – ${point.address}` : method?.name}
      >
        <CheckoutDeliveryForm
          options={options}
          pickupPoints={pickupPoints}
          currencyCode={cart.currency_code}
          selected={valuesFor("delivery", { shipping_option_id: method?.shipping_option_id ?? "" }).shipping_option_id}
          error={errorsFor("delivery").shipping_option_id}
        />
      </Step>

      <Step
        step="payment"
        open={done.delivery && isOpen("payment")}
        done={done.payment}
        summary={payment === "vietqr" ? t("checkout.vietqr") : vietnam ? t("checkout.cod") : t("checkout.codIntl")}
      >
        <CheckoutPaymentForm
          vietnam={vietnam}
          selected={valuesFor("payment", { payment_method: payment ?? "" }).payment_method}
          error={errorsFor("payment").payment_method}
        />
      </Step>

      <Step step="review" open={done.payment && isOpen("review")} done={false}>
        <ul className="checkout-review__items">
          {cart.items.map((item) => (
            <li key={item.id}>
              {item.quantity} × {item.title}
              {item.variant_title ? ` (${item.variant_title})` : ""} –{" "}
              {moneyLabel(item.total, cart.currency_code, locale)}
            </li>
          ))}
        </ul>
        <CartTotals totals={cart} />
        {actionData?.step === "review" && actionData.errors[""] ? (
          <p className="notice notice--danger" role="alert">
            {actionData.errors[""]}
          </p>
        ) : null}
        <Form method="post" action="/checkout">
          <input type="hidden" name="intent" value="place" />
          <button type="submit" className="button button--primary checkout-place">
            {t("checkout.place")}
          </button>
        </Form>
      </Step>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
