import type { MedusaContainer } from "@medusajs/framework/types"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import { currentValues } from "../../../workflows/product-review/changes"
import { editableFields, loadLiveProducts } from "../../../workflows/product-review/live-product"
import type { ProductReviewRecord } from "../../../workflows/product-review/types"

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString())

/**
 * Reviews as staff see them: the producer's changes next to `current`, the live values of the same
 * fields (null for a new product: nothing of it is on sale), with product and producer names.
 */
export async function adminProductReviews(container: MedusaContainer, reviews: ProductReviewRecord[]) {
  const productIds = [...new Set(reviews.map((r) => r.product_id))]
  const producerIds = [...new Set(reviews.map((r) => r.producer_id))]
  const [live, producers] = await Promise.all([
    loadLiveProducts(container, productIds),
    producerIds.length
      ? container
          .resolve<ProducerModuleService>(PRODUCER_MODULE)
          .listProducers({ id: producerIds }, { select: ["id", "name"] })
      : Promise.resolve([]),
  ])
  const producerName = new Map(producers.map((p) => [p.id, p.name]))
  return reviews.map((r) => {
    const product = live.get(r.product_id)
    return {
      id: r.id,
      product_id: r.product_id,
      product_title: product?.title ?? null,
      producer_id: r.producer_id,
      producer_name: producerName.get(r.producer_id) ?? null,
      kind: r.kind,
      status: r.status,
      changes: r.changes,
      current: r.kind === "create" || !product ? null : currentValues(editableFields(product), r.changes),
      comment: r.comment ?? null,
      submitted_by: r.submitted_by,
      submitted_at: iso(r.submitted_at),
      reviewed_by: r.reviewed_by ?? null,
      reviewed_at: iso(r.reviewed_at),
    }
  })
}
