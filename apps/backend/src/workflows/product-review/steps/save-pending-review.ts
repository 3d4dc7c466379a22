import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ProductReviewKind } from "@ocop/domain"
import { PRODUCT_REVIEW_MODULE } from "../../../modules/product-review"
import type ProductReviewModuleService from "../../../modules/product-review/service"
import type { ProductChanges, ProductReviewRecord } from "../types"
import { MOVED_PRODUCT_COMMENT } from "./withdraw-moved-reviews"

export const savePendingReviewStepId = "save-pending-product-review"

export type PendingReviewData = {
  product_id: string
  producer_id: string
  kind: ProductReviewKind
  // null withdraws the pending review: the producer put every field back as it is live
  changes: ProductChanges | null
  submitted_by: string
}

type Undo = {
  created: string | null
  previous: ProductReviewRecord | null
  closed?: { id: string; comment: string | null } | null
}

/**
 * Creates the product's pending review, or replaces the changes of the one already pending (one
 * pending review per product). A pending review left by the product's previous producer (moved
 * by a path that did not close it) is closed first, never taken over. The compensation deletes
 * what it created or restores what it replaced or closed.
 */
export const savePendingReviewStep = createStep(
  savePendingReviewStepId,
  async (input: PendingReviewData, { container }) => {
    const reviews = container.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
    const [anyPending] = (await reviews.listProductReviews(
      { product_id: input.product_id, status: "pending" },
      { take: 1 },
    )) as ProductReviewRecord[]
    const stale = anyPending && anyPending.producer_id !== input.producer_id ? anyPending : undefined
    if (stale) {
      await reviews.updateProductReviews({
        id: stale.id,
        status: "rejected",
        comment: MOVED_PRODUCT_COMMENT,
        reviewed_at: new Date(),
      })
    }
    const closed = stale ? { id: stale.id, comment: stale.comment ?? null } : null
    const pending = stale ? undefined : anyPending
    if (input.changes === null) {
      if (pending) await reviews.softDeleteProductReviews([pending.id])
      return new StepResponse<ProductReviewRecord | null, Undo>(null, {
        created: null,
        previous: pending ?? null,
        closed,
      })
    }
    const values = {
      kind: input.kind,
      changes: input.changes as Record<string, unknown>,
      submitted_by: input.submitted_by,
      submitted_at: new Date(),
    }
    if (pending) {
      const updated = await reviews.updateProductReviews({ id: pending.id, ...values })
      return new StepResponse<ProductReviewRecord | null, Undo>(updated as ProductReviewRecord, {
        created: null,
        previous: pending,
        closed,
      })
    }
    const created = await reviews.createProductReviews({
      product_id: input.product_id,
      producer_id: input.producer_id,
      status: "pending",
      ...values,
    })
    return new StepResponse<ProductReviewRecord | null, Undo>(created as ProductReviewRecord, {
      created: created.id,
      previous: null,
      closed,
    })
  },
  async (undo, { container }) => {
    if (!undo) return
    const reviews = container.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
    if (undo.created) await reviews.deleteProductReviews([undo.created])
    if (undo.previous) {
      const { id, kind, changes, submitted_by, submitted_at } = undo.previous
      await reviews.restoreProductReviews([id])
      await reviews.updateProductReviews({
        id,
        kind,
        changes: changes as Record<string, unknown>,
        submitted_by,
        submitted_at: new Date(submitted_at),
      })
    }
    if (undo.closed) await reviews.updateProductReviews({ ...undo.closed, status: "pending", reviewed_at: null })
  },
)
