import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ProducerStockInput } from "@ocop/domain"
import { ensureProducerStockLocation } from "../../../../../workflows/producer-stock/locations"
import { setProducerStockWorkflow } from "../../../../../workflows/producer-stock/workflows/set-producer-stock"
import { currentProducer } from "../../../scope"
import { sendNotFound } from "../../messages"
import { ownedProduct } from "../../ownership"
import { producerProducts } from "../../views"

/**
 * POST /producer/products/:id/stock — the stocked quantity of one of the product's variants at the
 * producer's own location. Effective at once: stock is an operational fact, not a listing change
 * (decision 010).
 */
export async function POST(req: MedusaRequest<ProducerStockInput>, res: MedusaResponse) {
  const live = await ownedProduct(req, req.params.id!)
  if (!live) return sendNotFound(req, res)
  const variant = live.variants.find((v) => v.id === req.validatedBody.variant_id)
  if (!variant) return sendNotFound(req, res, "variant_not_found")
  const producer = currentProducer(req)
  const location = await ensureProducerStockLocation(req.scope, producer)
  await setProducerStockWorkflow(req.scope).run({
    input: {
      variant_id: variant.id,
      location_id: location.id,
      quantity: req.validatedBody.quantity,
      manages_inventory: variant.manage_inventory && variant.inventory_item_id !== null,
    },
  })
  const [product] = await producerProducts(req.scope, producer.id, [live.id])
  res.json({ product })
}
