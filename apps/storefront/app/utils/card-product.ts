import type { CatalogueProduct } from "@ocop/domain"

/**
 * What a card shows, and all that a loader sends for one: the page's data is serialised for the
 * browser beside the HTML, and a catalogue answer's product carries its whole certificate and
 * producer (decision 036).
 */
export type CardProduct = Pick<
  CatalogueProduct,
  "id" | "handle" | "title" | "title_en" | "thumbnail" | "price" | "origin_district"
> & {
  certificate: Pick<NonNullable<CatalogueProduct["certificate"]>, "star_level"> | null
  producer: Pick<CatalogueProduct["producer"], "name">
}

/** A catalogue product cut down to what its card renders. */
export function cardProduct(product: CatalogueProduct): CardProduct {
  return {
    id: product.id,
    handle: product.handle,
    title: product.title,
    title_en: product.title_en,
    thumbnail: product.thumbnail,
    price: product.price,
    origin_district: product.origin_district,
    certificate: product.certificate ? { star_level: product.certificate.star_level } : null,
    producer: { name: product.producer.name },
  }
}
