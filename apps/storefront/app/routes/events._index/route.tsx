import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node"
import { data } from "@remix-run/node"
import { Link, useLoaderData } from "@remix-run/react"
import { EVENT_KIND_NAMES, type StoreEvent } from "@ocop/domain"
import { GeneralErrorBoundary } from "~/components/error-page"
import { useLocale } from "~/i18n"
import { getLocale } from "~/i18n/locale.server"
import { forwardLoaderHeaders, PUBLIC_PAGE_CACHE } from "~/utils/http"
import { fromBackend, storeRead } from "~/utils/medusa.server"
import { rootDataFromMatches, seoMeta } from "~/utils/seo"
import { EVENT_TEXTS, EventFacts, eventName, TimingBadge } from "./event-parts"

export async function loader({ request }: LoaderFunctionArgs) {
  const locale = await getLocale(request)
  const { events } = await fromBackend(() => storeRead<{ events: StoreEvent[] }>("/store/events", locale))
  return data({ events }, { headers: PUBLIC_PAGE_CACHE })
}

export const headers = forwardLoaderHeaders

export const meta: MetaFunction<typeof loader> = ({ matches }) => {
  const { locale = "vi" } = rootDataFromMatches(matches)
  return seoMeta({
    title: `${EVENT_TEXTS[locale].title} – OCOP Lào Cai`,
    description: EVENT_TEXTS[locale].description,
    path: "/events",
    matches,
  })
}

export default function EventsPage() {
  const { events } = useLoaderData<typeof loader>()
  const locale = useLocale()
  const text = EVENT_TEXTS[locale]
  return (
    <div className="container page">
      <h1>{text.title}</h1>
      <p className="lead">{text.description}</p>
      {events.length === 0 ? (
        <p className="notice">{text.empty}</p>
      ) : (
        <div className="place-grid">
          {events.map((event) => (
            <article key={event.handle} className="place-card">
              <p className="muted">{EVENT_KIND_NAMES[event.kind][locale]}</p>
              <h2>
                <Link to={`/events/${event.handle}`}>{eventName(event, locale)}</Link>
              </h2>
              <TimingBadge timing={event.timing} />
              <EventFacts event={event} />
              <Link to={`/events/${event.handle}`} className="button button--secondary">
                {text.details}
              </Link>
            </article>
          ))}
        </div>
      )}
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
