import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node"
import { Link, useActionData } from "@remix-run/react"
import { accountRegisterSchema } from "@ocop/domain"
import { AccountForm } from "~/components/account-form"
import { GeneralErrorBoundary } from "~/components/error-page"
import { translate, useT } from "~/i18n"
import checkoutStyles from "~/styles/checkout.css?url"
import { registerCustomer } from "~/utils/account.server"
import { accountFormAction, guestOnly } from "~/utils/account-form.server"
import { rootDataFromMatches, seoMeta } from "~/utils/seo"
// This page's strings are not bundled with every page (see i18n/index.ts).
import "~/i18n/checkout-strings"

export const links: LinksFunction = () => [{ rel: "stylesheet", href: checkoutStyles }]

export const meta: MetaFunction = ({ matches }) => {
  const { locale = "vi" } = rootDataFromMatches(matches)
  return seoMeta({
    title: `${translate(locale, "account.registerTitle")} – OCOP Lào Cai`,
    description: "",
    path: "/account/register",
    matches,
    noIndex: true,
  })
}

export const loader = ({ request }: LoaderFunctionArgs) => guestOnly(request)

export const action = ({ request }: ActionFunctionArgs) =>
  accountFormAction(request, {
    schema: accountRegisterSchema,
    shownFields: ["email", "full_name"],
    counts: "every",
    refusal: "account.taken",
    attempt: registerCustomer,
  })

export default function RegisterPage() {
  const t = useT()
  const actionData = useActionData<typeof action>()
  return (
    <section className="container page narrow">
      <h1>{t("account.registerTitle")}</h1>
      <AccountForm mode="register" values={actionData?.values ?? {}} errors={actionData?.errors ?? {}} />
      <p>
        <Link to="/account/login">{t("account.haveAccount")}</Link>
      </p>
      <p className="muted">{t("account.guestNote")}</p>
    </section>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
