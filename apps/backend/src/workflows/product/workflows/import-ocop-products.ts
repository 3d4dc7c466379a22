import type { CreateProductWorkflowInputDTO } from "@medusajs/framework/types"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { attachProductsToProducersWorkflow, type AttachProductInput } from "./attach-products-to-producers"

export const importOcopProductsWorkflowId = "import-ocop-products"

/** One imported product: Medusa's creation input and its OCOP profile, matched by handle. */
export type ImportOcopProductsInput = {
  products: (CreateProductWorkflowInputDTO & { handle: string })[]
  profiles: (Omit<AttachProductInput, "product_id"> & { handle: string })[]
}

/**
 * Creates a spreadsheet's products (drafts) with their variants, prices and inventory items, then
 * attaches each to its producer with its OCOP profile and catalogue row. All or nothing: when the
 * attachment (or any part of the creation) fails, the steps already done are compensated and no
 * product is left behind. Returns the new product ids in the file's order.
 */
export const importOcopProductsWorkflow = createWorkflow(
  importOcopProductsWorkflowId,
  (input: ImportOcopProductsInput) => {
    const created = createProductsWorkflow.runAsStep({ input: { products: input.products } })
    const attach = transform({ created, input }, ({ created, input }) => {
      const idOf = new Map(created.map((p) => [p.handle, p.id]))
      return input.profiles.map(({ handle, ...profile }) => ({ ...profile, product_id: idOf.get(handle)! }))
    })
    attachProductsToProducersWorkflow.runAsStep({ input: { products: attach } })
    const ids = transform({ created, input }, ({ created, input }) => {
      const idOf = new Map(created.map((p) => [p.handle, p.id]))
      return input.products.map((p) => idOf.get(p.handle)!)
    })
    return new WorkflowResponse(ids)
  },
)
