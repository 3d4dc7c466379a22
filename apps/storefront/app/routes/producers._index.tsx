import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node"
import { data } from "@remix-run/node"
import { Form, Link, useLoaderData } from "@remix-run/react"
import { ORIGIN_DISTRICTS, PRODUCER_KINDS } from "@ocop/domain"
import { GeneralErrorBoundary } from "~/components/error-page"
import { Pagination } from "~/components/pagination"
import { ProducerCard } from "~/components/producer-card"
import { translate, useLocale, useT } from "~/i18n"
import { getLocale } from "~/i18n/locale.server"
import { pageCount } from "~/utils/catalogue-links"
import { forwardLoaderHeaders, PUBLIC_PAGE_CACHE } from "~/utils/http"
import { fromBackend, listProducers } from "~/utils/medusa.server"
import {
  parseProducerSearchParams,
  producerApiParams,
  producersHref,
  PRODUCERS_PAGE_SIZE,
} from "~/utils/producer-query"
import { rootDataFromMatches, seoMeta } from "~/utils/seo"

export async function loader({ request }: LoaderFunctionArgs) {
  const locale = await getLocale(request)
  const state = parseProducerSearchParams(new URL(request.url).searchParams)
  const list = await fromBackend(() => listProducers(producerApiParams(state), locale))
  return data(
    { state, producers: list.producers, count: list.count, canonicalPath: producersHref(state) },
    { headers: PUBLIC_PAGE_CACHE },
  )
}

export const headers = forwardLoaderHeaders

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const { locale = "vi" } = rootDataFromMatches(matches)
  return seoMeta({
    title: `${translate(locale, "producers.title")} – OCOP Lào Cai`,
    description: translate(locale, "producers.description"),
    path: data?.canonicalPath ?? "/producers",
    matches,
  })
}

export default function ProducersPage() {
  const { state, producers, count } = useLoaderData<typeof loader>()
  const t = useT()
  const locale = useLocale()
  const pages = pageCount(count, PRODUCERS_PAGE_SIZE)
  return (
    <div className="container page">
      <div className="catalogue-head">
        <h1>{t("producers.title")}</h1>
        <p className="muted" role="status">
          {t("producers.count", { count })}
        </p>
      </div>
      <p className="lead">{t("producers.description")}</p>
      {/* key: remount the uncontrolled selects when the URL changes (back button). */}
      <Form method="get" className="inline-filters" key={`${state.district}-${state.kind}`}>
        <div className="field">
          <label htmlFor="producer-district">{t("catalogue.district")}</label>
          <select id="producer-district" name="district" defaultValue={state.district ?? ""}>
            <option value="">{t("catalogue.any")}</option>
            {ORIGIN_DISTRICTS.map((district) => (
              <option key={district.code} value={district.code}>
                {locale === "en" ? district.nameEn : district.nameVi}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="producer-kind">{t("producers.kind")}</label>
          <select id="producer-kind" name="kind" defaultValue={state.kind ?? ""}>
            <option value="">{t("catalogue.any")}</option>
            {PRODUCER_KINDS.map((kind) => (
              <option key={kind.code} value={kind.code}>
                {locale === "en" ? kind.nameEn : kind.nameVi}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--primary">
          {t("catalogue.applyFilters")}
        </button>
      </Form>
      {producers.length === 0 ? (
        <div className="empty-state">
          <p>
            <strong>{t("producers.empty")}</strong>
          </p>
          <Link to="/producers" className="button button--primary">
            {t("catalogue.clearFilters")}
          </Link>
        </div>
      ) : (
        <ul className="card-grid">
          {producers.map((producer) => (
            <li key={producer.id}>
              <ProducerCard
                producer={producer}
                headingLevel={2}
                extra={t("producers.productCount", { count: producer.product_count })}
              />
            </li>
          ))}
        </ul>
      )}
      <Pagination page={state.page} pages={pages} hrefFor={(page) => producersHref({ ...state, page })} />
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
