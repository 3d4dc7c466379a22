import type { CertificateSummary } from "@ocop/domain"
import { Link } from "@remix-run/react"
import { useT } from "~/i18n"
import { dateLabel } from "~/utils/format"
import { StarBadge } from "./star-badge"

/**
 * The OCOP certificate behind the badge: number, decision, issuing level and validity, a link
 * to the public check and a QR code pointing to it. The badge shows only while it is in force.
 */
export function CertificatePanel({ certificate, qrSvg }: { certificate: CertificateSummary; qrSvg: string | null }) {
  const t = useT()
  const inForce = certificate.status === "valid"
  return (
    <section className={`certificate certificate--${certificate.status}`} aria-labelledby="certificate-title">
      <div className="certificate__head">
        <h2 id="certificate-title">{t("product.certificate")}</h2>
        {inForce ? <StarBadge stars={certificate.star_level} size="lg" /> : null}
      </div>
      {certificate.status === "expired" || certificate.status === "revoked" ? (
        <p className="certificate__status">
          {t(certificate.status === "expired" ? "verify.expired" : "verify.revoked")}
        </p>
      ) : null}
      <div className="certificate__body">
        <CertificateFacts certificate={certificate} />
        {qrSvg ? (
          <figure className="certificate__qr">
            {/* Generated on the server from our own URL, so injecting the markup is safe. */}
            <div
              className="qr"
              role="img"
              aria-label={t("product.qrCaption")}
              dangerouslySetInnerHTML={{ __html: qrSvg }}
            />
            <figcaption>{t("product.qrCaption")}</figcaption>
          </figure>
        ) : null}
      </div>
      <Link to={`/verify/${encodeURIComponent(certificate.certificate_number)}`} className="button">
        {t("product.verifyLink")} →
      </Link>
    </section>
  )
}

/** Number, decision, issuing level and validity of a certificate. */
export function CertificateFacts({ certificate }: { certificate: CertificateSummary }) {
  const t = useT()
  return (
    <dl className="facts">
      <div>
        <dt>{t("product.certificateNumber")}</dt>
        <dd>
          <strong>{certificate.certificate_number}</strong>
        </dd>
      </div>
      <div>
        <dt>{t("product.decision")}</dt>
        <dd>
          {t("product.decisionValue", {
            number: certificate.decision_number,
            date: dateLabel(certificate.decision_date),
          })}
        </dd>
      </div>
      <div>
        <dt>{t("product.issuingLevel")}</dt>
        <dd>
          {t(certificate.issuing_level === "national" ? "product.issuing.national" : "product.issuing.provincial")}
        </dd>
      </div>
      <div>
        <dt>{t("product.validUntil")}</dt>
        <dd>{dateLabel(certificate.valid_until)}</dd>
      </div>
    </dl>
  )
}
