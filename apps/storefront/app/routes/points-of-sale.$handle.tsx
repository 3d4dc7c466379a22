import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node"
import { data } from "@remix-run/node"
import { Link, useLoaderData } from "@remix-run/react"
import { GeneralErrorBoundary } from "~/components/error-page"
import { OpenBadge, PlaceFacts } from "~/components/place-card"
import { StarBadge } from "~/components/star-badge"
import { translate, useLocale, useT } from "~/i18n"
import { getLocale } from "~/i18n/locale.server"
import { localizedTitle, priceLabel } from "~/utils/format"
import { forwardLoaderHeaders, PUBLIC_PAGE_CACHE } from "~/utils/http"
import { fromBackend, getPointOfSale } from "~/utils/medusa.server"
import { invariantResponse } from "~/utils/misc"
import { rootDataFromMatches, seoMeta } from "~/utils/seo"

export async function loader({ request, params }: LoaderFunctionArgs) {
  invariantResponse(params.handle, "Not found", { status: 404 })
  const locale = await getLocale(request)
  const place = await fromBackend(() => getPointOfSale(params.handle!, locale))
  return data({ place }, { headers: PUBLIC_PAGE_CACHE })
}

export const headers = forwardLoaderHeaders

export const meta: MetaFunction<typeof loader> = ({ data, matches, params }) => {
  const { locale = "vi" } = rootDataFromMatches(matches)
  if (!data) {
    return seoMeta({
      title: translate(locale, "error.notFoundTitle"),
      description: "",
      path: `/points-of-sale/${params.handle}`,
      matches,
      noIndex: true,
    })
  }
  return seoMeta({
    title: `${data.place.name} – OCOP Lào Cai`,
    description: `${data.place.address}. ${data.place.opening_hours_text[locale].join("; ")}`,
    path: `/points-of-sale/${data.place.handle}`,
    matches,
    image: data.place.photo_url ?? undefined,
  })
}

export default function PointOfSalePage() {
  const { place } = useLoaderData<typeof loader>()
  const t = useT()
  const locale = useLocale()
  return (
    <div className="container page">
      <nav aria-label={t("a11y.breadcrumb")} className="breadcrumb">
        <ol>
          <li>
            <Link to="/points-of-sale">{t("nav.pointsOfSale")}</Link>
          </li>
          <li aria-current="page">{place.name}</li>
        </ol>
      </nav>
      <h1>{place.name}</h1>
      <OpenBadge place={place} />
      {place.description ? <p className="lead">{place.description}</p> : null}
      <PlaceFacts place={place} />
      <p className="muted">{t("places.pickupNote")}</p>
      <section className="section" aria-labelledby="in-stock-title">
        <h2 id="in-stock-title">{t("places.inStock")}</h2>
        {place.products.length === 0 ? (
          <p className="notice">{t("places.noStock")}</p>
        ) : (
          <ul className="place-stock">
            {place.products.map((product) => (
              <li key={product.handle}>
                <Link to={`/products/${product.handle}`}>{localizedTitle(product, locale)}</Link>
                {product.star_level ? <StarBadge stars={product.star_level as 3 | 4 | 5} size="sm" /> : null}
                <span className="muted">
                  {product.min_price != null
                    ? `${priceLabel({ amount: product.min_price, currency_code: "vnd" }, locale)} · `
                    : ""}
                  {t("places.units", { count: product.units })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
