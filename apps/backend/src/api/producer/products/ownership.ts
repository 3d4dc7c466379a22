import type { MedusaRequest } from "@medusajs/framework/http"
import { loadLiveProducts, type LiveProduct } from "../../../workflows/product-review/live-product"
import { currentProducer } from "../scope"

/**
 * The product if it belongs to the signed-in producer, else undefined: another producer's product
 * and a product that does not exist get the same 404, so ids reveal nothing.
 */
export async function ownedProduct(req: MedusaRequest, productId: string): Promise<LiveProduct | undefined> {
  const product = (await loadLiveProducts(req.scope, [productId])).get(productId)
  return product && product.producer_id === currentProducer(req).id ? product : undefined
}
