import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node"
import { data } from "@remix-run/node"
import { Link, useLoaderData } from "@remix-run/react"
import { EVENT_KIND_NAMES, eventDaysText, formatVnd, type StoreEventDetail } from "@ocop/domain"
import { GeneralErrorBoundary } from "~/components/error-page"
import { translate, useLocale } from "~/i18n"
import { getLocale } from "~/i18n/locale.server"
import { forwardLoaderHeaders, PUBLIC_PAGE_CACHE } from "~/utils/http"
import { fromBackend, storeRead } from "~/utils/medusa.server"
import { invariantResponse } from "~/utils/misc"
import { rootDataFromMatches, seoMeta } from "~/utils/seo"
import { EVENT_TEXTS, EventFacts, eventName, TimingBadge } from "../events._index/event-parts"

export async function loader({ request, params }: LoaderFunctionArgs) {
  invariantResponse(params.handle, "Not found", { status: 404 })
  const locale = await getLocale(request)
  const { event } = await fromBackend(() =>
    storeRead<{ event: StoreEventDetail }>(`/store/events/${encodeURIComponent(params.handle!)}`, locale),
  )
  return data({ event }, { headers: PUBLIC_PAGE_CACHE })
}

export const headers = forwardLoaderHeaders

export const meta: MetaFunction<typeof loader> = ({ data, matches, params }) => {
  const { locale = "vi" } = rootDataFromMatches(matches)
  if (!data) {
    return seoMeta({
      title: translate(locale, "error.notFoundTitle"),
      description: "",
      path: `/events/${params.handle}`,
      matches,
      noIndex: true,
    })
  }
  const { event } = data
  return seoMeta({
    title: `${eventName(event, locale)} – OCOP Lào Cai`,
    description: `${eventDaysText(event)}. ${event.venue.address}, ${event.venue.province}`,
    path: `/events/${event.handle}`,
    matches,
  })
}

export default function EventPage() {
  const { event } = useLoaderData<typeof loader>()
  const locale = useLocale()
  const text = EVENT_TEXTS[locale]
  return (
    <div className="container page">
      <nav aria-label={translate(locale, "a11y.breadcrumb")} className="breadcrumb">
        <ol>
          <li>
            <Link to="/events">{text.events}</Link>
          </li>
          <li aria-current="page">{eventName(event, locale)}</li>
        </ol>
      </nav>
      <p className="muted">{EVENT_KIND_NAMES[event.kind][locale]}</p>
      <h1>{eventName(event, locale)}</h1>
      <TimingBadge timing={event.timing} />
      {event.description ? <p className="lead">{event.description}</p> : null}
      <EventFacts event={event} />
      <section className="section" aria-labelledby="participants-title">
        <h2 id="participants-title">{text.participants}</h2>
        {event.participants.length === 0 ? (
          <p className="notice">{text.noParticipants}</p>
        ) : (
          <ul className="place-stock">
            {event.participants.map((p) => (
              <li key={p.producer.handle}>
                <Link to={`/producers/${p.producer.handle}`}>{p.producer.name}</Link>
                {p.booth_number ? (
                  <span className="muted">
                    {" "}
                    · {text.booth} {p.booth_number}
                  </span>
                ) : null}
                {p.products.length ? (
                  <ul>
                    {p.products.map((product) => (
                      <li key={product.handle}>
                        <Link to={`/products/${product.handle}`}>{product.title}</Link>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      {event.prices.length ? (
        <section className="section" aria-labelledby="prices-title">
          <h2 id="prices-title">{text.prices}</h2>
          <p className="muted">{text.pricesNote.replace("%s", eventDaysText(event))}</p>
          <ul className="place-stock">
            {event.prices.map((p) => (
              <li key={`${p.product_handle}-${p.variant_title ?? ""}`}>
                <Link to={`/products/${p.product_handle}`}>
                  {p.product_title}
                  {p.variant_title ? ` – ${p.variant_title}` : ""}
                </Link>
                <span className="muted"> · {formatVnd(p.amount)}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
