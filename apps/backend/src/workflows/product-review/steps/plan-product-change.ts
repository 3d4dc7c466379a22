import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCT_REVIEW_MODULE } from "../../../modules/product-review"
import type ProductReviewModuleService from "../../../modules/product-review/service"
import { differingFields } from "../changes"
import { editableFields, loadLiveProducts } from "../live-product"
import { takenSkus } from "../submission"
import type { ProductChanges, ProductReviewRecord } from "../types"
import type { PendingReviewData } from "./save-pending-review"

export const planProductChangeStepId = "plan-product-change"

/** A producer's change as sent, with the pictures that were not uploaded through us. */
export type ProductChangeRequest = {
  product_id: string
  producer_id: string
  submitted_by: string
  sent: ProductChanges
  // allowed only when the live product already shows them (staff put them there)
  images_from_elsewhere: string[]
}

/** What to store, or why not (indexes are those of the sent variants). */
export type ProductChangePlan =
  | { refusal: "not_found" | "no_changes" }
  | { refusal: "foreign_images"; urls: string[] }
  | { refusal: "unknown_variants" | "sku_taken"; indexes: number[] }
  | { refusal: null; review: PendingReviewData }

const refuse = (plan: ProductChangePlan) => new StepResponse<ProductChangePlan>(plan)

/**
 * Checks a producer's change against the live product and lays it over the producer's own pending
 * change (fields sent now win, fields sent before and not now are kept). A product not on sale yet
 * is reviewed as a whole (kind create). Writes nothing; runs under the product's review lock.
 */
export const planProductChangeStep = createStep(
  planProductChangeStepId,
  async (input: ProductChangeRequest, { container }) => {
    const live = (await loadLiveProducts(container, [input.product_id])).get(input.product_id)
    // another producer's product and a missing one get the same answer, so ids reveal nothing
    if (!live || live.producer_id !== input.producer_id) return refuse({ refusal: "not_found" })
    const foreign = input.images_from_elsewhere.filter((url) => !live.images.includes(url))
    if (foreign.length) return refuse({ refusal: "foreign_images", urls: foreign })
    const unknown = (input.sent.variants ?? []).flatMap((v, i) =>
      v.id && !live.variants.some((l) => l.id === v.id) ? [i] : [],
    )
    if (unknown.length) return refuse({ refusal: "unknown_variants", indexes: unknown })

    // Only this producer's own pending change is laid over: one left by a previous producer is not its to extend.
    const [pending] = (await container
      .resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
      .listProductReviews(
        { product_id: input.product_id, producer_id: input.producer_id, status: "pending" },
        { take: 1 },
      )) as ProductReviewRecord[]
    const kind = pending?.kind ?? (live.status === "published" ? "update" : "create")
    const merged: ProductChanges = { ...(pending?.changes ?? {}), ...input.sent }
    const changes =
      kind === "create" ? { ...editableFields(live), ...merged } : differingFields(editableFields(live), merged)
    const empty = Object.keys(changes).length === 0
    if (empty && !pending) return refuse({ refusal: "no_changes" })
    const taken = await takenSkus(container, changes.variants ?? [])
    if (taken.length) return refuse({ refusal: "sku_taken", indexes: taken })
    return refuse({
      refusal: null,
      review: {
        product_id: input.product_id,
        producer_id: input.producer_id,
        kind,
        changes: empty ? null : changes,
        submitted_by: input.submitted_by,
      },
    })
  },
)
