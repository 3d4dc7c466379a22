import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node"
import { Link, useActionData } from "@remix-run/react"
import { GeneralErrorBoundary } from "~/components/error-page"
import { ForgotPasswordForm } from "~/components/password-reset-forms"
import { translate, useT } from "~/i18n"
import checkoutStyles from "~/styles/checkout.css?url"
import { guestOnly } from "~/utils/account-form.server"
import { forgotPasswordAction } from "~/utils/password-reset.server"
import { rootDataFromMatches, seoMeta } from "~/utils/seo"
// This page's strings are not bundled with every page (see i18n/index.ts).
import "~/i18n/checkout-strings"

export const links: LinksFunction = () => [{ rel: "stylesheet", href: checkoutStyles }]

export const meta: MetaFunction = ({ matches }) => {
  const { locale = "vi" } = rootDataFromMatches(matches)
  return seoMeta({
    title: `${translate(locale, "reset.forgotTitle")} – OCOP Lào Cai`,
    description: "",
    path: "/account/forgot-password",
    matches,
    noIndex: true,
  })
}

export const loader = ({ request }: LoaderFunctionArgs) => guestOnly(request)

export const action = ({ request }: ActionFunctionArgs) => forgotPasswordAction(request)

/** Asks for a reset link; the answer is the same whether or not the address has an account. */
export default function ForgotPasswordPage() {
  const t = useT()
  const actionData = useActionData<typeof action>()
  return (
    <section className="container page narrow">
      <h1>{t("reset.forgotTitle")}</h1>
      {actionData?.sent ? (
        <p className="notice" role="status">
          {t("reset.sent", { email: actionData.sent })}
        </p>
      ) : (
        <>
          <p>{t("reset.forgotHelp")}</p>
          <ForgotPasswordForm email="" errors={actionData?.errors ?? {}} />
        </>
      )}
      <p>
        <Link to="/account/login">{t("account.haveAccount")}</Link>
      </p>
    </section>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
