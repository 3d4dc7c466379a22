import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { freeHandle, takenSkus } from "../submission"
import type { VariantFields } from "../types"

export const planNewProductStepId = "plan-new-product"

/**
 * A producer's new product: the indexes of variants whose SKU another product already uses (the
 * product is refused then), and a handle of its own made from the title. Writes nothing.
 */
export const planNewProductStep = createStep(
  planNewProductStepId,
  async (input: { title: string; variants: VariantFields[] }, { container }) => {
    const [taken, handle] = await Promise.all([
      takenSkus(container, input.variants),
      freeHandle(container, input.title),
    ])
    return new StepResponse({ taken, handle })
  },
)
