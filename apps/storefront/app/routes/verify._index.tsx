import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node"
import { data, redirect } from "@remix-run/node"
import { useLoaderData } from "@remix-run/react"
import { GeneralErrorBoundary } from "~/components/error-page"
import { VerifyForm } from "~/components/verify-form"
import { translate, useT } from "~/i18n"
import { CERTIFICATE_NUMBER_LENGTH, normalizeCertificateNumber } from "@ocop/domain"
import { rootDataFromMatches, seoMeta } from "~/utils/seo"

/** GET /verify?number=… sends the buyer to the shareable /verify/<number> page. */
export async function loader({ request }: LoaderFunctionArgs) {
  const raw = new URL(request.url).searchParams.get("number")
  if (raw === null) return { typed: "", invalid: false }
  const number = normalizeCertificateNumber(raw)
  if (!number) return data({ typed: raw.slice(0, CERTIFICATE_NUMBER_LENGTH.max), invalid: true }, { status: 400 })
  return redirect(`/verify/${encodeURIComponent(number)}`)
}

export const meta: MetaFunction = ({ matches }) => {
  const { locale = "vi" } = rootDataFromMatches(matches)
  return seoMeta({
    title: `${translate(locale, "verify.title")} – OCOP Lào Cai`,
    description: translate(locale, "verify.description"),
    path: "/verify",
    matches,
  })
}

export default function VerifyPage() {
  const { typed, invalid } = useLoaderData<typeof loader>()
  const t = useT()
  return (
    <div className="container page narrow">
      <h1>{t("verify.title")}</h1>
      <p className="lead">{t("verify.description")}</p>
      {invalid ? (
        <p className="notice notice--warning" role="alert">
          {t("verify.unknownText")}
        </p>
      ) : null}
      <VerifyForm defaultValue={typed} error={invalid} />
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
