import { ProductStatus } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { attachProductsToProducersWorkflow } from "../../product/workflows/attach-products-to-producers"
import { attachNewProduct, newProductInput } from "../../product/new-product"
import { canonicalVariant } from "../changes"
import { savePendingReviewStep } from "../steps/save-pending-review"
import type { ProductFields } from "../types"

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
        newProductInput(
          {
            title: p.title,
            handle: input.handle,
            description: p.description ?? undefined,
            status: ProductStatus.DRAFT,
            thumbnail: p.images[0],
            images: p.images.map((url) => ({ url })),
          },
          p.variants,
          input,
        ),
      ],
    }
  })
  const created = createProductsWorkflow.runAsStep({ input: products })

  const attach = transform({ input, created }, ({ input, created }) =>
    attachNewProduct(created[0]!.id, input.producer_id, input.product),
  )
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
