import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node"
import { data, redirect } from "@remix-run/node"
import { Link, useLoaderData } from "@remix-run/react"
import { GeneralErrorBoundary } from "~/components/error-page"
import { ActiveFilters } from "~/components/active-filters"
import { CatalogueFilters, SortForm } from "~/components/catalogue-filters"
import { Pagination } from "~/components/pagination"
import { ProductGrid } from "~/components/product-card"
import { cardProduct } from "~/utils/card-product"
import { translate, useLocale, useT } from "~/i18n"
import { getLocale } from "~/i18n/locale.server"
import { catalogueTitle } from "~/utils/catalogue-labels"
import { catalogueHref, linkStateOf, pageCount } from "~/utils/catalogue-links"
import { catalogueApiParams, facetsApiParams, needsCleanUrl, parseCatalogueSearchParams } from "~/utils/catalogue-query"
import { forwardLoaderHeaders, PUBLIC_PAGE_CACHE } from "~/utils/http"
import { fromBackend, getCatalogueFacets, listCatalogue, listProducers } from "~/utils/medusa.server"
import { buyerCurrency } from "~/utils/region-prices.server"
import { rootDataFromMatches, seoMeta } from "~/utils/seo"

export async function loader({ request }: LoaderFunctionArgs) {
  const [locale, currency] = await Promise.all([getLocale(request), buyerCurrency(request)])
  const { searchParams } = new URL(request.url)
  const { query, page, ignored } = parseCatalogueSearchParams(searchParams)
  // A no-JS filter form submits blank fields; send it to the one clean URL for these filters.
  if (needsCleanUrl(searchParams, ignored)) throw redirect(catalogueHref(linkStateOf(query, page)))
  const [list, facets, producers] = await fromBackend(() =>
    Promise.all([
      listCatalogue(catalogueApiParams(query, currency), locale),
      getCatalogueFacets(facetsApiParams(query, currency), locale),
      // The producer filter's options; 100 covers the province's OCOP producers with room to spare.
      listProducers(new URLSearchParams({ limit: "100", offset: "0" }), locale),
    ]),
  )
  return data(
    {
      query,
      page,
      currency,
      products: list.products.map(cardProduct),
      count: list.count,
      facets,
      producers: producers.producers.map(({ handle, name }) => ({ handle, name })),
      canonicalPath: catalogueHref(linkStateOf(query, page)),
    },
    { headers: PUBLIC_PAGE_CACHE },
  )
}

export const headers = forwardLoaderHeaders

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const { locale = "vi" } = rootDataFromMatches(matches)
  const title = data ? catalogueTitle(data.query, locale) : translate(locale, "catalogue.title")
  return seoMeta({
    title: `${title} – OCOP Lào Cai`,
    description: translate(locale, "catalogue.description"),
    path: data?.canonicalPath ?? "/products",
    matches,
    // Search results and deep filter combinations are not pages worth indexing.
    noIndex: Boolean(
      data?.query.q || (data?.query.stars?.length ?? 0) > 1 || data?.query.price_min || data?.query.price_max,
    ),
  })
}

export default function CataloguePage() {
  const { query, page, currency, products, count, facets, producers } = useLoaderData<typeof loader>()
  const t = useT()
  const locale = useLocale()
  const state = linkStateOf(query, page)
  const pages = pageCount(count, query.limit)
  const { page: _page, sort: _sort, ...filters } = state
  const sortHidden = Array.from(new URLSearchParams(catalogueHref(filters).split("?")[1] ?? "").entries())

  return (
    <div className="container page">
      <div className="catalogue-head">
        <h1>{catalogueTitle(query, locale)}</h1>
        <p className="muted" role="status">
          {t("catalogue.count", { count })}
        </p>
      </div>
      <div className="catalogue">
        <aside className="catalogue__filters" aria-label={t("catalogue.filters")}>
          <CatalogueFilters query={query} facets={facets} producers={producers} currency={currency} />
        </aside>
        <section className="catalogue__results" aria-label={t("catalogue.title")}>
          <div className="catalogue__toolbar">
            <ActiveFilters query={query} producers={producers} currency={currency} />
            <SortForm query={query} hidden={sortHidden} />
          </div>
          {products.length === 0 ? (
            <div className="empty-state">
              <p>
                <strong>{t("catalogue.empty")}</strong>
              </p>
              <p className="muted">{t("catalogue.emptyHint")}</p>
              <Link to="/products" className="button button--primary">
                {t("catalogue.clearFilters")}
              </Link>
            </div>
          ) : (
            <ProductGrid products={products} headingLevel={2} />
          )}
          <Pagination page={page} pages={pages} hrefFor={(target) => catalogueHref({ ...state, page: target })} />
        </section>
      </div>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
