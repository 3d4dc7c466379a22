import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setProductProducerWorkflow } from "../../../../../workflows/product/workflows/set-product-producer"
import { productOcop, staffOf } from "../../ocop-view"
import { unlessUnknownProducer } from "../../unknown-producer"
import type { ProductOcopBody } from "../../validators"

/** GET /admin/products/:id/ocop */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ product: await productOcop(req.scope, req.params.id!) })
}

/**
 * POST /admin/products/:id/ocop — attaches the product to its producer (replacing any other) and
 * sets its profile, in one workflow (setProductProducerWorkflow): moving a product to another
 * producer closes the previous producer's pending review, under the product's review lock.
 */
export async function POST(req: MedusaRequest<ProductOcopBody>, res: MedusaResponse) {
  const id = req.params.id!
  const body = req.validatedBody
  const run = setProductProducerWorkflow(req.scope).run({
    input: {
      product_id: id,
      producer_id: body.producer_id,
      product_group: body.product_group,
      origin_district: body.origin_district,
      title_en: body.title_en ?? null,
      description_en: body.description_en ?? null,
      reviewed_by: staffOf(req),
    },
  })
  if ((await unlessUnknownProducer(req, res, run)) === null) return
  res.json({ product: await productOcop(req.scope, id) })
}
