import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  createAndLinkProductOptionsToProductWorkflow,
  createProductVariantsWorkflow,
  deleteProductVariantsWorkflow,
  updateProductsWorkflow,
  releaseLockStep,
  updateProductVariantsWorkflow,
} from "@medusajs/medusa/core-flows"
import { refreshCatalogueWorkflow } from "../../catalogue/workflows/refresh-catalogue"
import { upsertProductProfilesStep } from "../../product/steps/upsert-product-profiles"
import { productReviewLockKey } from "../lock"
import { findReviewProductStep } from "../steps/find-review-product"
import { decideProductReviewStep } from "../steps/decide-product-review"
import { planReviewApprovalStep } from "../steps/plan-review-approval"
import { setProductImagesStep } from "../steps/set-product-images"
import { setVariantPricesStep } from "../steps/set-variant-prices"

export const approveProductReviewWorkflowId = "approve-product-review"

export type ApproveProductReviewInput = { review_id: string; reviewed_by: string; comment: string | null }

/**
 * Approves a producer's pending review: applies its changes to the live product through Medusa's
 * product workflows (texts and images, OCOP profile, removed, changed and new variants with their
 * prices), publishes a new product, records the decision and refreshes the catalogue row, all under
 * the product's review lock (a producer's change or another reviewer waits). Every step has a
 * compensation, so a failure half-way leaves the product and the review as they were. Refusals
 * carry a code: `review_already_decided`, `review_product_moved`.
 */
export const approveProductReviewWorkflow = createWorkflow(
  approveProductReviewWorkflowId,
  (input: ApproveProductReviewInput) => {
    const found = findReviewProductStep(transform({ input }, ({ input }) => ({ review_id: input.review_id })))
    const key = transform({ found }, ({ found }) => productReviewLockKey(found.product_id))
    acquireLockStep({ key, timeout: 10, ttl: 120 })
    const plan = planReviewApprovalStep({ review_id: input.review_id })
    const decision = transform({ input }, ({ input }) => ({
      id: input.review_id,
      status: "approved" as const,
      reviewed_by: input.reviewed_by,
      comment: input.comment,
    }))
    const review = decideProductReviewStep(decision)

    when("apply-product-fields", { plan }, ({ plan }) => plan.product !== null).then(() => {
      const products = transform({ plan }, ({ plan }) => ({ products: [plan.product!] }))
      updateProductsWorkflow.runAsStep({ input: products })
    })
    when("apply-product-images", { plan }, ({ plan }) => plan.images !== null).then(() => {
      setProductImagesStep(transform({ plan }, ({ plan }) => ({ product_id: plan.product_id, images: plan.images! })))
    })
    when("apply-product-profile", { plan }, ({ plan }) => plan.profile !== null).then(() => {
      upsertProductProfilesStep(transform({ plan }, ({ plan }) => [plan.profile!]))
    })
    when("remove-variants", { plan }, ({ plan }) => plan.delete_variant_ids.length > 0).then(() => {
      deleteProductVariantsWorkflow.runAsStep({
        input: transform({ plan }, ({ plan }) => ({ ids: plan.delete_variant_ids })),
      })
    })
    when("add-option-values", { plan }, ({ plan }) => plan.option_values !== null).then(() => {
      const options = transform({ plan }, ({ plan }) => ({
        product_id: plan.product_id,
        update: [
          {
            product_option_id: plan.option_values!.product_option_id,
            add: plan.option_values!.values.map((value) => ({ value })),
          },
        ],
      }))
      createAndLinkProductOptionsToProductWorkflow.runAsStep({ input: options as any })
    })
    when("change-variants", { plan }, ({ plan }) => plan.update_variants.length > 0).then(() => {
      updateProductVariantsWorkflow.runAsStep({
        input: transform({ plan }, ({ plan }) => ({ product_variants: plan.update_variants })),
      })
    })
    when("reprice-variants", { plan }, ({ plan }) => plan.price_updates.length > 0).then(() => {
      setVariantPricesStep(transform({ plan }, ({ plan }) => plan.price_updates))
    })
    when("add-variants", { plan }, ({ plan }) => plan.create_variants.length > 0).then(() => {
      createProductVariantsWorkflow.runAsStep({
        input: transform({ plan }, ({ plan }) => ({ product_variants: plan.create_variants })),
      })
    })

    const productIds = transform({ plan }, ({ plan }) => [plan.product_id])
    refreshCatalogueWorkflow.runAsStep({ input: { product_ids: productIds } })
    releaseLockStep({ key })
    return new WorkflowResponse(review)
  },
)
