import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node"
import { refuseCrossSite } from "~/utils/same-site.server"
import { data, redirect } from "@remix-run/node"
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react"
import { fieldErrors, vietnamAddressSchema } from "@ocop/domain"
import { CheckoutAddressForm } from "~/components/checkout-address-form"
import { GeneralErrorBoundary } from "~/components/error-page"
import { translate, useT } from "~/i18n"
import { getLocale } from "~/i18n/locale.server"
import checkoutStyles from "~/styles/checkout.css?url"
import { requireCustomer } from "~/utils/account.server"
import { formStrings } from "~/utils/form-values"
import { NO_STORE } from "~/utils/http"
import { fromBackend, storeCall } from "~/utils/medusa.server"
import { rootDataFromMatches, seoMeta } from "~/utils/seo"
// This page's strings are not bundled with every page (see i18n/index.ts).
import "~/i18n/checkout-strings"

export const links: LinksFunction = () => [{ rel: "stylesheet", href: checkoutStyles }]

export const meta: MetaFunction = ({ matches }) => {
  const { locale = "vi" } = rootDataFromMatches(matches)
  return seoMeta({
    title: `${translate(locale, "account.addresses")} – OCOP Lào Cai`,
    description: "",
    path: "/account/addresses",
    matches,
    noIndex: true,
  })
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { customer } = await fromBackend(() => requireCustomer(request))
  return data({ addresses: customer.addresses }, { headers: NO_STORE })
}

/** Saves a Vietnamese address to the account (intent address, the checkout form) or deletes one. */
export async function action({ request }: ActionFunctionArgs) {
  await refuseCrossSite(request)
  const locale = await getLocale(request)
  const { token } = await fromBackend(() => requireCustomer(request))
  const form = await request.formData()
  if (form.get("intent") === "delete") {
    await fromBackend(() =>
      storeCall(`/store/customers/me/addresses/${encodeURIComponent(String(form.get("address_id")))}`, {
        method: "DELETE",
        token,
      }),
    )
    return redirect("/account/addresses")
  }
  const values = formStrings(form)
  const parsed = vietnamAddressSchema.safeParse(values)
  if (!parsed.success) return data({ errors: fieldErrors(parsed.error, locale), values }, 400)
  const a = parsed.data
  const saved = await fromBackend(() =>
    storeCall("/store/customers/me/addresses", {
      body: {
        first_name: a.full_name,
        last_name: "",
        phone: a.phone,
        address_1: a.street,
        city: a.commune,
        province: a.province,
        country_code: "vn",
      },
      token,
    }),
  )
  if (!saved.ok) return data({ errors: { "": saved.message }, values }, 400)
  return redirect("/account/addresses")
}

export default function AddressesPage() {
  const { addresses } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const t = useT()
  return (
    <section className="container page narrow">
      <h1>{t("account.addresses")}</h1>
      {addresses.length === 0 ? <p>{t("account.noAddresses")}</p> : null}
      <ul data-testid="saved-addresses">
        {addresses.map((address) => (
          <li key={address.id}>
            {[address.first_name, address.phone, address.address_1, address.city, address.province]
              .filter(Boolean)
              .join(", ")}
            <Form method="post" className="inline-form">
              <input type="hidden" name="intent" value="delete" />
              <input type="hidden" name="address_id" value={address.id} />
              <button type="submit" className="button button--link">
                {t("account.delete")}
              </button>
            </Form>
          </li>
        ))}
      </ul>
      <h2>{t("account.addAddress")}</h2>
      <CheckoutAddressForm
        vietnam
        values={actionData?.values ?? {}}
        errors={actionData?.errors ?? {}}
        action="/account/addresses"
      />
      <Link to="/account">{t("account.title")}</Link>
    </section>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
