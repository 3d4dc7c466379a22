import type { ProducerSummary } from "@ocop/domain"
import { Link } from "@remix-run/react"
import { useLocale, useT } from "~/i18n"
import { districtLabel, producerKindLabel } from "~/utils/format"

/** A producer in brief: logo, name, kind and place, linking to its profile. */
export function ProducerCard({
  producer,
  extra,
  headingLevel = 3,
}: {
  producer: ProducerSummary
  extra?: string
  headingLevel?: 2 | 3
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3"
  const t = useT()
  const locale = useLocale()
  const place = [producer.commune, districtLabel(producer.district, locale)].filter(Boolean).join(", ")
  return (
    <article className="producer-card">
      <div className="producer-card__logo" aria-hidden="true">
        {producer.logo_url ? (
          <img src={producer.logo_url} alt="" width={64} height={64} loading="lazy" />
        ) : (
          <span>{producer.name.trim().charAt(0).toUpperCase()}</span>
        )}
      </div>
      <div className="producer-card__body">
        <Heading className="producer-card__name">
          <Link to={`/producers/${producer.handle}`} prefetch="intent">
            {producer.name}
          </Link>
        </Heading>
        <p className="producer-card__meta">{producerKindLabel(producer.kind, locale)}</p>
        <p className="producer-card__meta">{place}</p>
        {extra ? <p className="producer-card__meta">{extra}</p> : null}
        <span className="visually-hidden">{t("producers.viewProfile")}</span>
      </div>
    </article>
  )
}
