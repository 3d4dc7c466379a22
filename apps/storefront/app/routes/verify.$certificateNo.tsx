import { normalizeCertificateNumber, type CertificateVerification } from "@ocop/domain"
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node"
import { data } from "@remix-run/node"
import { Link, useLoaderData } from "@remix-run/react"
import { CertificateFacts } from "~/components/certificate-panel"
import { GeneralErrorBoundary } from "~/components/error-page"
import { ProducerCard } from "~/components/producer-card"
import { ProductImage } from "~/components/product-image"
import { StarBadge } from "~/components/star-badge"
import { VerifyForm } from "~/components/verify-form"
import { translate, useLocale, useT, type Locale, type MessageKey } from "~/i18n"
import { getLocale } from "~/i18n/locale.server"
import { dateLabel } from "~/utils/format"
import { forwardLoaderHeaders, NO_STORE } from "~/utils/http"
import { fromBackend, verifyCertificate } from "~/utils/medusa.server"
import { invariantResponse } from "~/utils/misc"
import { rootDataFromMatches, seoMeta } from "~/utils/seo"

export async function loader({ request, params }: LoaderFunctionArgs) {
  const number = normalizeCertificateNumber(params.certificateNo)
  invariantResponse(number, "Invalid certificate number", { status: 400 })
  const locale = await getLocale(request)
  const verification = await fromBackend(() => verifyCertificate(number, locale))
  // A revocation must show at once, so neither we nor any shared cache keep this page.
  return data({ verification }, { headers: NO_STORE })
}

export const headers = forwardLoaderHeaders

const HEADINGS: Record<CertificateVerification["status"], MessageKey> = {
  valid: "verify.valid",
  expired: "verify.expired",
  revoked: "verify.revoked",
  unknown: "verify.unknown",
}

/** The verdict in plain words for the buyer. */
function verdict(verification: CertificateVerification, locale: Locale): string {
  const certificate = verification.certificate
  switch (verification.status) {
    case "valid":
      return translate(locale, "verify.validText", {
        stars: certificate?.star_level ?? "",
        date: dateLabel(certificate?.valid_until),
      })
    case "expired":
      return translate(locale, "verify.expiredText", { date: dateLabel(certificate?.valid_until) })
    case "revoked":
      return translate(locale, "verify.revokedText", { date: dateLabel(certificate?.revoked_at) })
    default:
      return translate(locale, "verify.unknownText")
  }
}

export const meta: MetaFunction<typeof loader> = ({ data, matches, params }) => {
  const { locale = "vi" } = rootDataFromMatches(matches)
  const number = data?.verification.certificate_number ?? params.certificateNo ?? ""
  return seoMeta({
    title: `${translate(locale, "verify.resultTitle", { number })} – OCOP Lào Cai`,
    description: data ? verdict(data.verification, locale) : translate(locale, "verify.description"),
    path: `/verify/${encodeURIComponent(number)}`,
    matches,
    noIndex: true,
  })
}

export default function VerificationPage() {
  const { verification } = useLoaderData<typeof loader>()
  const t = useT()
  const { status, certificate, product, producer } = verification
  const locale = useLocale()
  return (
    <div className="container page narrow">
      <h1>{t("verify.resultTitle", { number: verification.certificate_number })}</h1>
      <section className={`verdict verdict--${status}`} role="status" aria-labelledby="verdict-title">
        <span className="verdict__icon" aria-hidden="true">
          {status === "valid" ? "✓" : status === "unknown" ? "?" : "✕"}
        </span>
        <div>
          <h2 id="verdict-title">{t(HEADINGS[status])}</h2>
          <p>{verdict(verification, locale)}</p>
          {status === "revoked" && certificate?.revocation_reason ? (
            <p>{t("verify.revokedReason", { reason: certificate.revocation_reason })}</p>
          ) : null}
          {status === "valid" && certificate ? <StarBadge stars={certificate.star_level} size="lg" /> : null}
        </div>
      </section>

      {certificate ? (
        <section className="section" aria-label={t("product.certificate")}>
          <CertificateFacts certificate={certificate} />
        </section>
      ) : null}

      {product ? (
        <section className="section" aria-labelledby="verified-product">
          <h2 id="verified-product">{t("verify.product")}</h2>
          <Link to={`/products/${product.handle}`} className="verified-product">
            <span className="verified-product__image">
              <ProductImage src={product.thumbnail} alt="" width={96} height={96} />
            </span>
            <span>{product.title}</span>
          </Link>
        </section>
      ) : null}

      {producer ? (
        <section className="section" aria-labelledby="verified-producer">
          <h2 id="verified-producer">{t("verify.producer")}</h2>
          <ProducerCard producer={producer} />
        </section>
      ) : null}

      <section className="section" aria-labelledby="verify-again">
        <h2 id="verify-again">{t("verify.again")}</h2>
        <VerifyForm />
      </section>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
