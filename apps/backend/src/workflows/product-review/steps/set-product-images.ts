import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const setProductImagesStepId = "set-product-images"

export type ProductImages = { product_id: string; images: string[] }

type Saved = { product_id: string; images: string[]; thumbnail: string | null }

/**
 * Replaces a product's images; the first becomes the thumbnail. Our own step because the
 * compensation of Medusa's updateProductsStep does not bring replaced images back.
 */
export const setProductImagesStep = createStep(
  setProductImagesStepId,
  async (input: ProductImages, { container }) => {
    const products = container.resolve(Modules.PRODUCT)
    const before = await products.retrieveProduct(input.product_id, {
      select: ["id", "thumbnail"],
      relations: ["images"],
    })
    const previous: Saved = {
      product_id: before.id,
      images: [...(before.images ?? [])].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0)).map((i) => i.url),
      thumbnail: before.thumbnail ?? null,
    }
    await products.updateProducts(input.product_id, {
      images: input.images.map((url) => ({ url })),
      thumbnail: input.images[0] ?? null,
    })
    return new StepResponse(input, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve(Modules.PRODUCT).updateProducts(previous.product_id, {
      images: previous.images.map((url) => ({ url })),
      thumbnail: previous.thumbnail,
    })
  },
)
