import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node"
import { Link, useActionData, useSearchParams } from "@remix-run/react"
import { accountLoginSchema } from "@ocop/domain"
import { AccountForm } from "~/components/account-form"
import { GeneralErrorBoundary } from "~/components/error-page"
import { translate, useT } from "~/i18n"
import checkoutStyles from "~/styles/checkout.css?url"
import { logIn } from "~/utils/account.server"
import { accountFormAction, guestOnly } from "~/utils/account-form.server"
import { rootDataFromMatches, seoMeta } from "~/utils/seo"
// This page's strings are not bundled with every page (see i18n/index.ts).
import "~/i18n/checkout-strings"

export const links: LinksFunction = () => [{ rel: "stylesheet", href: checkoutStyles }]

export const meta: MetaFunction = ({ matches }) => {
  const { locale = "vi" } = rootDataFromMatches(matches)
  return seoMeta({
    title: `${translate(locale, "account.loginTitle")} – OCOP Lào Cai`,
    description: "",
    path: "/account/login",
    matches,
    noIndex: true,
  })
}

export const loader = ({ request }: LoaderFunctionArgs) => guestOnly(request)

export const action = ({ request }: ActionFunctionArgs) =>
  accountFormAction(request, {
    schema: accountLoginSchema,
    shownFields: ["email"],
    counts: "failures",
    refusal: "account.wrong",
    attempt: (input) => logIn(input.email, input.password),
  })

export default function LoginPage() {
  const t = useT()
  const actionData = useActionData<typeof action>()
  const [search] = useSearchParams()
  return (
    <section className="container page narrow">
      <h1>{t("account.loginTitle")}</h1>
      {search.get("reset") === "1" && !actionData ? (
        <p className="notice" role="status">
          {t("account.passwordChanged")}
        </p>
      ) : null}
      <AccountForm mode="login" values={actionData?.values ?? {}} errors={actionData?.errors ?? {}} />
      <p>
        <Link to="/account/forgot-password">{t("account.forgot")}</Link>
      </p>
      <p>
        <Link to="/account/register">{t("account.noAccount")}</Link>
      </p>
      <p className="muted">{t("account.guestNote")}</p>
    </section>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
