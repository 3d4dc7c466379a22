import { useT } from "~/i18n"
import { ProductImage } from "./product-image"

/**
 * Photos in a horizontal scroll-snap strip: swipeable on phones, no JavaScript needed, and the
 * fixed aspect-ratio frame keeps the page from jumping while images load.
 */
export function ProductGallery({ images, title }: { images: { id: string; url: string }[]; title: string }) {
  const t = useT()
  if (images.length === 0) {
    return (
      <div className="gallery">
        <div className="gallery__frame">
          <ProductImage src={null} alt={title} width={800} height={800} />
        </div>
      </div>
    )
  }
  return (
    <section className="gallery" aria-label={t("product.gallery")}>
      <ul className="gallery__strip" tabIndex={0}>
        {images.map((image, index) => (
          <li key={image.id} className="gallery__frame">
            <ProductImage
              src={image.url}
              alt={images.length > 1 ? `${title} (${index + 1}/${images.length})` : title}
              width={800}
              height={800}
              eager={index === 0}
            />
          </li>
        ))}
      </ul>
    </section>
  )
}
