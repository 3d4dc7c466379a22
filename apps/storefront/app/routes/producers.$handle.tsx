import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node"
import { data } from "@remix-run/node"
import { Link, useLoaderData } from "@remix-run/react"
import { GeneralErrorBoundary } from "~/components/error-page"
import { ProductGrid } from "~/components/product-card"
import { cardProduct } from "~/utils/card-product"
import { translate, useLocale, useT } from "~/i18n"
import { getLocale } from "~/i18n/locale.server"
import { districtLabel, producerKindLabel } from "~/utils/format"
import { forwardLoaderHeaders, PUBLIC_PAGE_CACHE } from "~/utils/http"
import { fromBackend, getProducer } from "~/utils/medusa.server"
import { invariantResponse } from "~/utils/misc"
import { rootDataFromMatches, seoMeta } from "~/utils/seo"

export async function loader({ request, params }: LoaderFunctionArgs) {
  invariantResponse(params.handle, "Not found", { status: 404 })
  const locale = await getLocale(request)
  const { producer, products } = await fromBackend(() => getProducer(params.handle!, locale))
  return data({ producer, products: products.map(cardProduct) }, { headers: PUBLIC_PAGE_CACHE })
}

export const headers = forwardLoaderHeaders

/** The story in the buyer's language, falling back to Vietnamese (the register's language). */
function storyOf(producer: { story_vi: string | null; story_en: string | null }, locale: "vi" | "en") {
  return (locale === "en" && producer.story_en) || producer.story_vi || ""
}

export const meta: MetaFunction<typeof loader> = ({ data, matches, params }) => {
  const { locale = "vi" } = rootDataFromMatches(matches)
  if (!data) {
    return seoMeta({
      title: translate(locale, "error.notFoundTitle"),
      description: "",
      path: `/producers/${params.handle}`,
      matches,
      noIndex: true,
    })
  }
  const { producer } = data
  const story = storyOf(producer, locale)
  return seoMeta({
    title: `${producer.name} – ${translate(locale, "producers.title")} | OCOP Lào Cai`,
    description: story ? story.slice(0, 200) : translate(locale, "producers.description"),
    path: `/producers/${producer.handle}`,
    matches,
    image: producer.logo_url ?? producer.photos[0],
    type: "profile",
  })
}

export default function ProducerPage() {
  const { producer, products } = useLoaderData<typeof loader>()
  const t = useT()
  const locale = useLocale()
  const story = storyOf(producer, locale)
  const place = [producer.commune, districtLabel(producer.district, locale)].filter(Boolean).join(", ")

  return (
    <div className="container page">
      <nav aria-label={t("a11y.breadcrumb")} className="breadcrumb">
        <ol>
          <li>
            <Link to="/producers">{t("nav.producers")}</Link>
          </li>
          <li aria-current="page">{producer.name}</li>
        </ol>
      </nav>
      <header className="profile-head">
        <div className="producer-card__logo" aria-hidden="true">
          {producer.logo_url ? (
            <img src={producer.logo_url} alt="" width={80} height={80} />
          ) : (
            <span>{producer.name.trim().charAt(0).toUpperCase()}</span>
          )}
        </div>
        <div>
          <h1>{producer.name}</h1>
          <p className="muted">
            {producerKindLabel(producer.kind, locale)} · {place}
          </p>
        </div>
      </header>

      <div className="profile">
        <div>
          {story ? (
            <section aria-labelledby="story-title" className="prose">
              <h2 id="story-title">{t("producers.story")}</h2>
              {story.split(/\n{2,}/).map((paragraph, index) => (
                <p key={index}>{paragraph}</p>
              ))}
            </section>
          ) : null}
          {producer.photos.length > 0 ? (
            <section aria-labelledby="photos-title" className="section">
              <h2 id="photos-title">{t("producers.photos")}</h2>
              <ul className="photo-grid">
                {producer.photos.map((url, index) => (
                  <li key={url}>
                    <img src={url} alt={`${producer.name} (${index + 1})`} width={400} height={300} loading="lazy" />
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>
        <section className="contact" aria-labelledby="contact-title">
          <h2 id="contact-title">{t("producers.contact")}</h2>
          <dl className="facts">
            {producer.representative ? (
              <div>
                <dt>{t("producers.representative")}</dt>
                <dd>{producer.representative}</dd>
              </div>
            ) : null}
            {producer.phone ? (
              <div>
                <dt>{t("producers.phone")}</dt>
                <dd>
                  <a href={`tel:${producer.phone.replace(/\s+/g, "")}`}>{producer.phone}</a>
                </dd>
              </div>
            ) : null}
            {producer.email ? (
              <div>
                <dt>{t("producers.email")}</dt>
                <dd>
                  <a href={`mailto:${producer.email}`}>{producer.email}</a>
                </dd>
              </div>
            ) : null}
            {producer.address ? (
              <div>
                <dt>{t("producers.address")}</dt>
                <dd>{producer.address}</dd>
              </div>
            ) : null}
            <div>
              <dt>{t("product.origin")}</dt>
              <dd>{place}</dd>
            </div>
          </dl>
        </section>
      </div>

      <section className="section" aria-labelledby="products-title">
        <h2 id="products-title">{t("producers.products", { name: producer.name })}</h2>
        {products.length > 0 ? <ProductGrid products={products} /> : <p className="muted">{t("catalogue.empty")}</p>}
      </section>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
