import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node"
import { data } from "@remix-run/node"
import { Link, useLoaderData } from "@remix-run/react"
import { catalogueQuerySchema, ORIGIN_DISTRICTS, PRODUCT_GROUPS } from "@ocop/domain"
import { GeneralErrorBoundary } from "~/components/error-page"
import { ProductGrid } from "~/components/product-card"
import { cardProduct } from "~/utils/card-product"
import { translate, useLocale, useT } from "~/i18n"
import { getLocale } from "~/i18n/locale.server"
import { catalogueHref } from "~/utils/catalogue-links"
import { catalogueApiParams } from "~/utils/catalogue-query"
import { forwardLoaderHeaders, NO_STORE, PUBLIC_PAGE_CACHE } from "~/utils/http"
import { BackendUnavailable, listCatalogue } from "~/utils/medusa.server"
import { buyerCurrency } from "~/utils/region-prices.server"
import { rootDataFromMatches, seoMeta } from "~/utils/seo"

export async function loader({ request }: LoaderFunctionArgs) {
  const [locale, currency] = await Promise.all([getLocale(request), buyerCurrency(request)])
  // Built here rather than at module level, so that the schema (and zod) stay out of the browser bundle.
  const featuredQuery = catalogueQuerySchema.parse({ stars: "4,5", sort: "stars", limit: 8 })
  try {
    const featured = await listCatalogue(catalogueApiParams(featuredQuery, currency), locale)
    return data({ featured: featured.products.map(cardProduct) }, { headers: PUBLIC_PAGE_CACHE })
  } catch (error) {
    // Groups and places come from the domain package, so the home page stays useful while the
    // backend is down; only the featured shelf is replaced by a notice.
    if (error instanceof BackendUnavailable) return data({ featured: null }, { headers: NO_STORE })
    throw error
  }
}

export const headers = forwardLoaderHeaders

export const meta: MetaFunction = ({ matches }) => {
  const { locale = "vi" } = rootDataFromMatches(matches)
  return seoMeta({
    title: translate(locale, "meta.homeTitle"),
    description: translate(locale, "meta.homeDescription"),
    path: "/",
    matches,
  })
}

export default function HomePage() {
  const { featured } = useLoaderData<typeof loader>()
  const t = useT()
  const locale = useLocale()
  return (
    <>
      <section className="hero">
        <div className="container">
          <h1>{t("home.heroTitle")}</h1>
          <p>{t("home.heroText")}</p>
          <div className="hero__actions">
            <Link to="/products" className="button button--primary">
              {t("home.heroCta")}
            </Link>
            <Link to="/verify" className="button">
              {t("home.heroVerify")}
            </Link>
          </div>
        </div>
      </section>

      <section className="section container" aria-labelledby="featured-title">
        <div className="section__head">
          <h2 id="featured-title">{t("home.featured")}</h2>
          <Link to={catalogueHref({ stars: [4, 5], sort: "stars" })}>{t("home.seeAll")}</Link>
        </div>
        {featured === null ? (
          <p className="notice notice--warning">{t("home.featuredUnavailable")}</p>
        ) : featured.length === 0 ? (
          <p className="muted">{t("home.featuredEmpty")}</p>
        ) : (
          <ProductGrid products={featured} />
        )}
      </section>

      <section className="section container" aria-labelledby="groups-title">
        <h2 id="groups-title">{t("home.groups")}</h2>
        <ul className="tile-grid">
          {PRODUCT_GROUPS.map((group) => (
            <li key={group.code}>
              <Link to={catalogueHref({ group: group.code })} className="tile">
                {locale === "en" ? group.nameEn : group.nameVi}
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section className="section container" aria-labelledby="places-title">
        <h2 id="places-title">{t("home.places")}</h2>
        <ul className="tile-grid tile-grid--places">
          {ORIGIN_DISTRICTS.map((district) => (
            <li key={district.code}>
              <Link to={catalogueHref({ district: district.code })} className="tile">
                {locale === "en" ? district.nameEn : district.nameVi}
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
