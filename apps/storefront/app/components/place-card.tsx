import { Link } from "@remix-run/react"
import type { StorePointOfSale } from "@ocop/domain"
import { useLocale, useT } from "~/i18n"

/** Whether the place is open now, in words and colour. */
export function OpenBadge({ place }: { place: Pick<StorePointOfSale, "open_now" | "status"> }) {
  const t = useT()
  const label =
    place.status === "paused" ? t("places.paused") : place.open_now ? t("places.openNow") : t("places.closedNow")
  return <span className={`open-badge open-badge--${place.open_now ? "open" : "closed"}`}>{label}</span>
}

/** Address, hours, phone and map link of a place. */
export function PlaceFacts({ place }: { place: StorePointOfSale }) {
  const t = useT()
  const locale = useLocale()
  return (
    <dl className="facts">
      <div>
        <dt>{t("places.address")}</dt>
        <dd>
          {place.address}{" "}
          <a href={place.map_url} target="_blank" rel="noopener noreferrer">
            {t("places.map")}
          </a>
        </dd>
      </div>
      <div>
        <dt>{t("places.hours")}</dt>
        <dd>
          {place.opening_hours_text[locale].map((line) => (
            <span key={line} className="place-hours">
              {line}
            </span>
          ))}
        </dd>
      </div>
      {place.phone ? (
        <div>
          <dt>{t("places.phone")}</dt>
          <dd>
            <a href={`tel:${place.phone}`}>{place.phone}</a>
          </dd>
        </div>
      ) : null}
    </dl>
  )
}

/** One place in the list of showrooms. */
export function PlaceCard({ place }: { place: StorePointOfSale }) {
  const t = useT()
  return (
    <article className="place-card">
      <h2>
        <Link to={`/points-of-sale/${place.handle}`}>{place.name}</Link>
      </h2>
      <OpenBadge place={place} />
      <PlaceFacts place={place} />
      <Link to={`/points-of-sale/${place.handle}`} className="button button--secondary">
        {t("places.details")}
      </Link>
    </article>
  )
}
