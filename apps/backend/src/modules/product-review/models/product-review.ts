import { model } from "@medusajs/framework/utils"
import { PRODUCT_REVIEW_KINDS, PRODUCT_REVIEW_STATUSES } from "@ocop/domain"

/**
 * A producer's new product or change to a product, waiting for an OCOP office member (decision 010).
 * `changes` holds the submitted fields in the shape of the producer API; the live product is only
 * touched when the review is approved. At most one review per product is pending: a second change
 * replaces the first, and the partial unique index makes that hold under concurrent requests too.
 */
export const ProductReview = model
  .define("product_review", {
    id: model.id({ prefix: "prev" }).primaryKey(),
    product_id: model.text(),
    producer_id: model.text(),
    kind: model.enum([...PRODUCT_REVIEW_KINDS]),
    status: model.enum([...PRODUCT_REVIEW_STATUSES]).default("pending"),
    changes: model.json(),
    comment: model.text().nullable(),
    // producer user id
    submitted_by: model.text(),
    submitted_at: model.dateTime(),
    // staff user id
    reviewed_by: model.text().nullable(),
    reviewed_at: model.dateTime().nullable(),
  })
  .indexes([
    {
      name: "IDX_product_review_one_pending",
      on: ["product_id"],
      unique: true,
      where: "status = 'pending' AND deleted_at IS NULL",
    },
    { on: ["product_id", "submitted_at"] },
    { on: ["status", "submitted_at"] },
    { on: ["producer_id", "status"] },
  ])
