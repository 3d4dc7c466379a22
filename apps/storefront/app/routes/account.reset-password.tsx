import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node"
import { Link, useActionData, useLoaderData } from "@remix-run/react"
import { GeneralErrorBoundary } from "~/components/error-page"
import { NewPasswordForm } from "~/components/password-reset-forms"
import { translate, useT } from "~/i18n"
import checkoutStyles from "~/styles/checkout.css?url"
import { resetLinkOf, resetPasswordAction } from "~/utils/password-reset.server"
import { rootDataFromMatches, seoMeta } from "~/utils/seo"
// This page's strings are not bundled with every page (see i18n/index.ts).
import "~/i18n/checkout-strings"

export const links: LinksFunction = () => [{ rel: "stylesheet", href: checkoutStyles }]

export const meta: MetaFunction = ({ matches }) => {
  const { locale = "vi" } = rootDataFromMatches(matches)
  return seoMeta({
    title: `${translate(locale, "reset.title")} – OCOP Lào Cai`,
    description: "",
    path: "/account/reset-password",
    matches,
    noIndex: true,
  })
}

/** The page the reset mail links to (`?token=…&email=…`, apps/backend src/notifications/links.ts). */
export const loader = ({ request }: LoaderFunctionArgs) => ({
  link: resetLinkOf(new URL(request.url).searchParams),
})

export const action = ({ request }: ActionFunctionArgs) => resetPasswordAction(request)

export default function ResetPasswordPage() {
  const t = useT()
  const { link } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  return (
    <section className="container page narrow">
      <h1>{t("reset.title")}</h1>
      {link ? (
        <>
          <p>{t("reset.help", { email: link.email })}</p>
          <NewPasswordForm token={link.token} email={link.email} errors={actionData?.errors ?? {}} />
        </>
      ) : (
        <p className="notice notice--danger" role="alert">
          {t("reset.incomplete")}
        </p>
      )}
      {!link || actionData?.expired ? (
        <p>
          <Link to="/account/forgot-password">{t("reset.askAgain")}</Link>
        </p>
      ) : null}
    </section>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
