import { ProductStatus } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, type WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { attachProductsToProducersWorkflow } from "../../product/workflows/attach-products-to-producers"
import { attachNewProduct, newProductInput } from "../../product/new-product"
import { canonicalVariant } from "../changes"
import { readStoreDefaultsStep } from "../../product/steps/read-store-defaults"
import { planNewProductStep } from "../steps/plan-new-product"
import { savePendingReviewStep } from "../steps/save-pending-review"
import type { ProductFields } from "../types"

export const submitNewProductWorkflowId = "submit-new-product"

export type SubmitNewProductInput = {
  producer_id: string
  submitted_by: string
  product: ProductFields
}

/**
 * A producer's new product: a Medusa product in status draft (not on sale) in the online sales
 * channel, linked to the producer with its OCOP profile, and a pending review of kind `create`
 * whose approval publishes it. The review's changes carry the new variant ids, so that a later
 * edit before approval and the approval itself address the draft's variants. A SKU another product
 * uses refuses the whole product (`taken` names the variants); the handle is made from the title.
 */
export const submitNewProductWorkflow = createWorkflow(submitNewProductWorkflowId, (input: SubmitNewProductInput) => {
  const plan = planNewProductStep(
    transform({ input }, ({ input }) => ({ title: input.product.title, variants: input.product.variants })),
  )
  const created = when("skus-free", { plan }, ({ plan }) => plan.taken.length === 0).then(() =>
    createSubmittedProduct(input, plan),
  )
  return new WorkflowResponse({ taken: plan.taken, created })
})

/** The draft product, its producer and profile, and its pending review of kind create. */
function createSubmittedProduct(input: SubmitNewProductInput, plan: WorkflowData<{ taken: number[]; handle: string }>) {
  const placement = readStoreDefaultsStep()
  const products = transform({ input, plan, placement }, ({ input, plan, placement }) => {
    const p = input.product
    return {
      products: [
        newProductInput(
          {
            title: p.title,
            handle: plan.handle,
            description: p.description ?? undefined,
            status: ProductStatus.DRAFT,
            thumbnail: p.images[0],
            images: p.images.map((url) => ({ url })),
          },
          p.variants,
          placement,
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
  return { product_id: productId, review }
}
