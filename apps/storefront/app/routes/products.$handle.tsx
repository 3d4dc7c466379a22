import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node"
import { data } from "@remix-run/node"
import { Link, useLoaderData } from "@remix-run/react"
import { CertificatePanel } from "~/components/certificate-panel"
import { GeneralErrorBoundary } from "~/components/error-page"
import { JsonLd } from "~/components/json-ld"
import { ProducerCard } from "~/components/producer-card"
import { ProductGrid } from "~/components/product-card"
import { ProductGallery } from "~/components/product-gallery"
import { PurchasePanel } from "~/components/purchase-panel"
import { StarBadge } from "~/components/star-badge"
import { translate, useLocale, useT } from "~/i18n"
import { getLocale } from "~/i18n/locale.server"
import { catalogueHref } from "~/utils/catalogue-links"
import { getEnv } from "~/utils/env.server"
import { districtLabel, groupLabel, localizedTitle } from "~/utils/format"
import { forwardLoaderHeaders, PUBLIC_PAGE_CACHE } from "~/utils/http"
import { fromBackend, getCatalogueProduct, listPointsOfSale } from "~/utils/medusa.server"
import { invariantResponse } from "~/utils/misc"
import {
  displayedCertificate,
  productJsonLd,
  relatedProducts,
  suspensionReason,
  verificationQrSvg,
} from "~/utils/product.server"
import { buyerCurrency, variantsInBuyerCurrency } from "~/utils/region-prices.server"
import { rootDataFromMatches, seoMeta } from "~/utils/seo"

export async function loader({ request, params }: LoaderFunctionArgs) {
  invariantResponse(params.handle, "Not found", { status: 404 })
  const locale = await getLocale(request)
  const storeUrl = getEnv().PUBLIC_STORE_URL
  const catalogueProduct = await fromBackend(() => getCatalogueProduct(params.handle!, locale))
  // Prices in the buyer's region currency (USD abroad); Vary: Cookie keeps the countries apart in caches.
  const variants = await variantsInBuyerCurrency(request, catalogueProduct.handle, catalogueProduct.variants)
  const product = { ...catalogueProduct, variants }
  const certificate = displayedCertificate(product)
  const suspended = suspensionReason(product, certificate)
  const [related, qrSvg, places] = await Promise.all([
    relatedProducts(product, locale, await buyerCurrency(request)),
    certificate ? verificationQrSvg(storeUrl, certificate.certificate_number) : Promise.resolve(null),
    // Which showrooms have it on their shelves; the product page still works if this read fails.
    listPointsOfSale(locale, product.handle).catch(() => []),
  ])
  const title = localizedTitle(product, locale)
  const description = productDescription(product, locale)
  const jsonLd = productJsonLd(product, {
    url: `${storeUrl}/products/${product.handle}`,
    title,
    description,
    suspended: suspended !== null,
  })
  return data({ product, certificate, suspended, related, qrSvg, jsonLd, places }, { headers: PUBLIC_PAGE_CACHE })
}

function productDescription(
  product: { description: string | null; description_en: string | null; subtitle: string | null },
  locale: "vi" | "en",
) {
  const text = (locale === "en" && product.description_en) || product.description || product.subtitle || ""
  return text.length > 300 ? `${text.slice(0, 297)}…` : text
}

export const headers = forwardLoaderHeaders

export const meta: MetaFunction<typeof loader> = ({ data, matches, params }) => {
  const { locale = "vi" } = rootDataFromMatches(matches)
  if (!data) {
    return seoMeta({
      title: translate(locale, "error.notFoundTitle"),
      description: "",
      path: `/products/${params.handle}`,
      matches,
      noIndex: true,
    })
  }
  const { product, certificate } = data
  const stars =
    certificate?.status === "valid" ? ` – ${translate(locale, "stars.aria", { stars: certificate.star_level })}` : ""
  return seoMeta({
    title: `${localizedTitle(product, locale)}${stars} | OCOP Lào Cai`,
    description: productDescription(product, locale) || translate(locale, "catalogue.description"),
    path: `/products/${product.handle}`,
    matches,
    image: product.thumbnail ?? product.images[0]?.url,
    type: "product",
  })
}

export default function ProductPage() {
  const { product, certificate, suspended, related, qrSvg, jsonLd, places } = useLoaderData<typeof loader>()
  const t = useT()
  const locale = useLocale()
  const title = localizedTitle(product, locale)
  const description = (locale === "en" && product.description_en) || product.description
  const inForce = certificate?.status === "valid"

  return (
    <div className="container page">
      <JsonLd value={jsonLd} />
      <nav aria-label={t("a11y.breadcrumb")} className="breadcrumb">
        <ol>
          <li>
            <Link to="/products">{t("nav.products")}</Link>
          </li>
          <li>
            <Link to={catalogueHref({ group: product.product_group })}>
              {groupLabel(product.product_group, locale)}
            </Link>
          </li>
          <li aria-current="page">{title}</li>
        </ol>
      </nav>

      <div className="product-layout">
        <ProductGallery images={product.images} title={title} />
        <div className="product-info">
          {inForce && certificate ? <StarBadge stars={certificate.star_level} size="lg" /> : null}
          <h1>{title}</h1>
          {product.subtitle ? <p className="product-info__subtitle">{product.subtitle}</p> : null}
          <dl className="facts facts--inline">
            <div>
              <dt>{t("product.producer")}</dt>
              <dd>
                <Link to={`/producers/${product.producer.handle}`}>{product.producer.name}</Link>
              </dd>
            </div>
            <div>
              <dt>{t("product.origin")}</dt>
              <dd>
                <Link to={catalogueHref({ district: product.origin_district })}>
                  {districtLabel(product.origin_district, locale)}
                </Link>
              </dd>
            </div>
          </dl>
          {suspended ? (
            <p className="notice notice--danger" role="status">
              {t(`product.suspended.${suspended}`)}
            </p>
          ) : null}
          <PurchasePanel variants={product.variants} fallbackPrice={product.price} purchasable={suspended === null} />
          <p className="available-at">
            {places.length ? (
              <>
                {t("product.availableAt")}:{" "}
                {places.map((place, index) => (
                  <span key={place.handle}>
                    {index > 0 ? ", " : ""}
                    <Link to={`/points-of-sale/${place.handle}`}>{place.name}</Link>
                  </span>
                ))}
              </>
            ) : (
              t("product.availableAtNone")
            )}
          </p>
        </div>
      </div>

      <div className="product-details">
        {description ? (
          <section aria-labelledby="description-title" className="prose">
            <h2 id="description-title">{t("product.description")}</h2>
            {description.split(/\n{2,}/).map((paragraph, index) => (
              <p key={index}>{paragraph}</p>
            ))}
          </section>
        ) : null}
        <div className="product-details__side">
          {certificate ? (
            <CertificatePanel certificate={certificate} qrSvg={qrSvg} />
          ) : (
            <p className="notice">{t("product.noCertificate")}</p>
          )}
          <section aria-labelledby="producer-title">
            <h2 id="producer-title">{t("product.producer")}</h2>
            <ProducerCard producer={product.producer} />
          </section>
        </div>
      </div>

      {related.length > 0 ? (
        <section className="section" aria-labelledby="related-title">
          <h2 id="related-title">{t("product.related")}</h2>
          <ProductGrid products={related} />
        </section>
      ) : null}
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
