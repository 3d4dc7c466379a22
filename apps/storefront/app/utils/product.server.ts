import type { CatalogueProductDetail, CertificateSummary } from "@ocop/domain"
import { TtlCache } from "@ocop/domain"
import QRCode from "qrcode"
import { cardProduct, type CardProduct } from "~/utils/card-product"
import type { Locale } from "~/i18n"
import { catalogueApiParams, parseCatalogueSearchParams, type CardCurrency } from "./catalogue-query"
import { BackendUnavailable, listCatalogue } from "./medusa.server"

/** Why a product cannot be bought, or null when it can. */
export type SuspensionReason = "expired" | "revoked" | "other"

/**
 * The certificate to show: the one in force, else the most recent one, so that a buyer who
 * scanned an old package learns that it expired or was revoked.
 */
export function displayedCertificate(product: CatalogueProductDetail): CertificateSummary | null {
  if (product.certificate) return product.certificate
  const latest = [...product.certificates].sort((a, b) => b.valid_until.localeCompare(a.valid_until))
  return latest[0] ?? null
}

/** A product stops being sold when its certificate lapses or the backend says it is not purchasable. */
export function suspensionReason(
  product: CatalogueProductDetail,
  certificate: CertificateSummary | null,
): SuspensionReason | null {
  if (certificate?.status === "revoked") return "revoked"
  if (certificate?.status === "expired" || (!product.certificate && certificate)) return "expired"
  if (!product.is_purchasable) return "other"
  return null
}

// A QR code depends on its URL alone and costs 1–2 ms of CPU to draw: drawn once a day per certificate.
const qrCodes = new TtlCache<string>(24 * 60 * 60 * 1000, 2000)

/** The QR code on the product page, as inline SVG: it opens the certificate check for this number. */
export function verificationQrSvg(storeUrl: string, certificateNumber: string): Promise<string> {
  const url = verifyUrl(storeUrl, certificateNumber)
  return qrCodes.getOrLoad(url, () =>
    QRCode.toString(url, {
      type: "svg",
      margin: 1,
      errorCorrectionLevel: "M",
      color: { dark: "#123a24", light: "#ffffff" },
    }),
  )
}

/** The public URL of a certificate check. */
export function verifyUrl(storeUrl: string, certificateNumber: string): string {
  return `${storeUrl}/verify/${encodeURIComponent(certificateNumber)}`
}

/**
 * Up to four products of the same group (best rated first), without the product itself. Related
 * products are a bonus: if the backend stumbles here the page still renders without them.
 */
export async function relatedProducts(
  product: CatalogueProductDetail,
  locale: Locale,
  currency: CardCurrency = "vnd",
): Promise<CardProduct[]> {
  const { query } = parseCatalogueSearchParams(new URLSearchParams({ group: product.product_group, sort: "stars" }))
  try {
    const list = await listCatalogue(catalogueApiParams({ ...query, limit: 5 }, currency), locale)
    return list.products
      .filter((candidate) => candidate.id !== product.id)
      .slice(0, 4)
      .map(cardProduct)
  } catch (error) {
    if (error instanceof BackendUnavailable) return []
    throw error
  }
}

/** schema.org Product for search engines: name, images, brand (the producer) and a VND offer. */
export function productJsonLd(
  product: CatalogueProductDetail,
  options: { url: string; title: string; description: string; suspended: boolean },
) {
  const images =
    product.images.length > 0 ? product.images.map((image) => image.url) : [product.thumbnail].filter(Boolean)
  const inStock = product.variants.some((variant) => variant.in_stock)
  const availability = options.suspended
    ? "https://schema.org/Discontinued"
    : inStock
      ? "https://schema.org/InStock"
      : "https://schema.org/OutOfStock"
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: options.title,
    description: options.description,
    image: images,
    sku: product.variants[0]?.sku ?? undefined,
    brand: { "@type": "Brand", name: product.producer.name },
    ...(product.price
      ? {
          offers: {
            "@type": "Offer",
            url: options.url,
            priceCurrency: product.price.currency_code.toUpperCase(),
            price: product.price.amount,
            availability,
          },
        }
      : {}),
  }
}
