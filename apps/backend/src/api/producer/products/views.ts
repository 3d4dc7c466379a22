import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { CertificateStatus } from "@ocop/domain"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import { computedStatus, currentCertificate, newestFirst } from "../../../modules/ocop/utils/certificates"
import { PRODUCT_REVIEW_MODULE } from "../../../modules/product-review"
import type ProductReviewModuleService from "../../../modules/product-review/service"
import { findProducerStockLocation } from "../../../workflows/producer-stock/locations"
import { loadLiveProducts, type LiveProduct } from "../../../workflows/product-review/live-product"
import type { ProductReviewRecord } from "../../../workflows/product-review/types"

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString())

/** The review state a producer sees on its product. */
export function producerReview(review: ProductReviewRecord) {
  return {
    id: review.id,
    kind: review.kind,
    status: review.status,
    comment: review.comment ?? null,
    submitted_at: iso(review.submitted_at),
    reviewed_at: iso(review.reviewed_at),
    changes: review.changes,
  }
}

/**
 * The producer's newest review of each product: the pending one if any (it is always the latest
 * submitted). Reviews another producer submitted before the product was moved stay theirs.
 */
async function latestReviews(container: MedusaContainer, producerId: string, productIds: string[]) {
  const reviews = (await container
    .resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
    .listProductReviews(
      { product_id: productIds, producer_id: producerId },
      { order: { submitted_at: "DESC", id: "DESC" } },
    )) as ProductReviewRecord[]
  const latest = new Map<string, ProductReviewRecord>()
  for (const review of reviews) if (!latest.has(review.product_id)) latest.set(review.product_id, review)
  return latest
}

/** Stocked quantity per inventory item at the producer's own location (none before its first stock). */
async function stockAtProducer(container: MedusaContainer, producerId: string, products: LiveProduct[]) {
  const itemIds = products.flatMap((p) => p.variants.flatMap((v) => (v.inventory_item_id ? [v.inventory_item_id] : [])))
  const location = itemIds.length ? await findProducerStockLocation(container, producerId) : undefined
  if (!location) return new Map<string, number>()
  const levels = await container
    .resolve(Modules.INVENTORY)
    .listInventoryLevels({ location_id: location.id, inventory_item_id: itemIds })
  return new Map(levels.map((l) => [l.inventory_item_id, Number(l.stocked_quantity)]))
}

/**
 * ProducerProduct views of the given products, in the given order (docs/producer-api.md). The
 * caller has already scoped the ids to the signed-in producer.
 */
export async function producerProducts(container: MedusaContainer, producerId: string, productIds: string[]) {
  const live = await loadLiveProducts(container, productIds)
  const products = productIds.flatMap((id) => (live.has(id) ? [live.get(id)!] : []))
  const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
  const [reviews, stock, certificates] = await Promise.all([
    latestReviews(container, producerId, productIds),
    stockAtProducer(container, producerId, products),
    productIds.length ? ocop.listCertifications({ product_id: productIds }) : Promise.resolve([]),
  ])
  const now = new Date()
  return products.map((p) => {
    const certs = certificates.filter((c) => c.product_id === p.id)
    const current = currentCertificate(certs, now)
    const newest = [...certs].sort(newestFirst)[0]
    const review = reviews.get(p.id)
    return {
      id: p.id,
      title: p.title,
      title_en: p.title_en,
      handle: p.handle,
      status: p.status,
      thumbnail: p.thumbnail,
      images: p.images,
      description: p.description,
      description_en: p.description_en,
      product_group: p.product_group,
      origin_district: p.origin_district,
      star_level: current ? Number(current.star_level) : null,
      certificate_status: (current ? "valid" : newest ? computedStatus(newest, now) : null) as CertificateStatus | null,
      created_at: p.created_at,
      variants: p.variants.map((v) => ({
        id: v.id,
        title: v.title,
        sku: v.sku,
        price_vnd: v.price_vnd,
        price_usd: v.price_usd,
        // null: no stock declared at the producer's location (or the variant does not track stock)
        stock: v.inventory_item_id ? (stock.get(v.inventory_item_id) ?? null) : null,
      })),
      review: review ? producerReview(review) : null,
    }
  })
}
