import { ProductStatus } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { attachProductsToProducersWorkflow } from "../../product/workflows/attach-products-to-producers"
import { canonicalVariant } from "../changes"
import { variantPrices } from "../plan-approval"
import { savePendingReviewStep } from "../steps/save-pending-review"
import type { ProductFields } from "../types"
import { PACKAGING_OPTION } from "@ocop/domain"

export const submitNewProductWorkflowId = "submit-new-product"

export type SubmitNewProductInput = {
  producer_id: string
  submitted_by: string
  handle: string
  sales_channel_id: string | null
  shipping_profile_id: string | null
  product: ProductFields
}

/**
 * A producer's new product: a Medusa product in status draft (not on sale) in the online sales
 * channel, linked to the producer with its OCOP profile, and a pending review of kind `create`
 * whose approval publishes it. The review's changes carry the new variant ids, so that a later
 * edit before approval and the approval itself address the draft's variants.
 */
export const submitNewProductWorkflow = createWorkflow(submitNewProductWorkflowId, (input: SubmitNewProductInput) => {
  const products = transform({ input }, ({ input }) => {
    const p = input.product
    return {
      products: [
        {
          title: p.title,
          handle: input.handle,
          description: p.description ?? undefined,
          status: ProductStatus.DRAFT,
          thumbnail: p.images[0],
          images: p.images.map((url) => ({ url })),
          options: [{ title: PACKAGING_OPTION, values: p.variants.map((v) => v.title) }],
          // variant_rank keeps the producer's order (variants created together share created_at)
          variants: p.variants.map((v, rank) => ({
            title: v.title,
            variant_rank: rank,
            ...(v.sku ? { sku: v.sku } : {}),
            manage_inventory: true,
            options: { [PACKAGING_OPTION]: v.title },
            prices: variantPrices(v),
          })),
          ...(input.sales_channel_id ? { sales_channels: [{ id: input.sales_channel_id }] } : {}),
          ...(input.shipping_profile_id ? { shipping_profile_id: input.shipping_profile_id } : {}),
        },
      ],
    }
  })
  const created = createProductsWorkflow.runAsStep({ input: products })

  const attach = transform({ input, created }, ({ input, created }) => ({
    products: [
      {
        product_id: created[0]!.id,
        producer_id: input.producer_id,
        product_group: input.product.product_group,
        origin_district: input.product.origin_district,
        title_en: input.product.title_en,
        description_en: input.product.description_en,
      },
    ],
  }))
  attachProductsToProducersWorkflow.runAsStep({ input: attach })

  const pending = transform({ input, created }, ({ input, created }) => {
    const product = created[0]!
    const idOf = new Map((product.variants ?? []).map((v) => [v.title, v.id]))
    return {
      product_id: product.id,
      producer_id: input.producer_id,
      kind: "create" as const,
      submitted_by: input.submitted_by,
      changes: {
        ...input.product,
        variants: input.product.variants.map((v) => canonicalVariant({ ...v, id: idOf.get(v.title) })),
      },
    }
  })
  const review = savePendingReviewStep(pending)
  const productId = transform({ created }, ({ created }) => created[0]!.id)
  return new WorkflowResponse({ product_id: productId, review })
})
