import { Link } from "@remix-run/react"
import { useLocale, useT } from "~/i18n"
import type { CardProduct } from "~/utils/card-product"
import { districtLabel, localizedTitle, priceLabel } from "~/utils/format"
import { CartAddButton } from "./cart-add-button"
import { ProductImage } from "./product-image"
import { StarBadge } from "./star-badge"

/** A product in a grid: photo, title, price, star badge, producer and origin. */
export function ProductCard({ product, headingLevel = 3 }: { product: CardProduct; headingLevel?: 2 | 3 }) {
  const t = useT()
  const locale = useLocale()
  const title = localizedTitle(product, locale)
  const price = priceLabel(product.price, locale)
  const Heading = headingLevel === 2 ? "h2" : "h3"
  return (
    <article className="product-card">
      <div className="product-card__media">
        <ProductImage src={product.thumbnail} alt="" width={400} height={400} />
      </div>
      <div className="product-card__body">
        {product.certificate ? <StarBadge stars={product.certificate.star_level} size="sm" /> : null}
        <Heading className="product-card__title">
          <Link to={`/products/${product.handle}`} prefetch="intent">
            {title}
          </Link>
        </Heading>
        <p className="product-card__price">{price ?? t("catalogue.priceOnRequest")}</p>
        <p className="product-card__meta">{product.producer.name}</p>
        <p className="product-card__meta">
          {t("catalogue.origin", { place: districtLabel(product.origin_district, locale) })}
        </p>
        <CartAddButton handle={product.handle} title={title} />
      </div>
    </article>
  )
}

/** A list of product cards; headingLevel keeps the outline unbroken (2 right under the page's h1). */
export function ProductGrid({ products, headingLevel = 3 }: { products: CardProduct[]; headingLevel?: 2 | 3 }) {
  return (
    <ul className="product-grid">
      {products.map((product) => (
        <li key={product.id}>
          <ProductCard product={product} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  )
}
