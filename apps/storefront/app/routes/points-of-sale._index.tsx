import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node"
import { data } from "@remix-run/node"
import { useLoaderData } from "@remix-run/react"
import { GeneralErrorBoundary } from "~/components/error-page"
import { PlaceCard } from "~/components/place-card"
import { translate, useT } from "~/i18n"
import { getLocale } from "~/i18n/locale.server"
import { forwardLoaderHeaders, PUBLIC_PAGE_CACHE } from "~/utils/http"
import { fromBackend, listPointsOfSale } from "~/utils/medusa.server"
import { rootDataFromMatches, seoMeta } from "~/utils/seo"

export async function loader({ request }: LoaderFunctionArgs) {
  const locale = await getLocale(request)
  const places = await fromBackend(() => listPointsOfSale(locale))
  return data({ places }, { headers: PUBLIC_PAGE_CACHE })
}

export const headers = forwardLoaderHeaders

export const meta: MetaFunction<typeof loader> = ({ matches }) => {
  const { locale = "vi" } = rootDataFromMatches(matches)
  return seoMeta({
    title: `${translate(locale, "places.title")} – OCOP Lào Cai`,
    description: translate(locale, "places.description"),
    path: "/points-of-sale",
    matches,
  })
}

export default function PointsOfSalePage() {
  const { places } = useLoaderData<typeof loader>()
  const t = useT()
  return (
    <div className="container page">
      <h1>{t("places.title")}</h1>
      <p className="lead">{t("places.description")}</p>
      {places.length === 0 ? (
        <p className="notice">{t("places.empty")}</p>
      ) : (
        <div className="place-grid">
          {places.map((place) => (
            <PlaceCard key={place.handle} place={place} />
          ))}
        </div>
      )}
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
