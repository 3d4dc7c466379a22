import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminProductCreate } from "@ocop/domain"
import { createOcopProductWorkflow } from "../../../workflows/product/workflows/create-ocop-product"
import { productOcop } from "./ocop-view"
import { unlessUnknownProducer } from "./unknown-producer"

/** What the console's product form reads back: texts, status, images, variants with prices and stock item. */
const PRODUCT_FIELDS = [
  "id",
  "title",
  "handle",
  "description",
  "status",
  "thumbnail",
  "created_at",
  "updated_at",
  "images.*",
  "variants.*",
  "variants.prices.*",
  "variants.inventory_items.inventory_item_id",
]

/**
 * POST /admin/ocop-products — a new OCOP product in one request (createOcopProductWorkflow);
 * answers 201 with the Medusa product and its OCOP view, as GET /admin/products/:id and
 * GET /admin/products/:id/ocop give them, or 400 on the producer field for an unknown producer.
 */
export async function POST(req: MedusaRequest<AdminProductCreate>, res: MedusaResponse) {
  const run = createOcopProductWorkflow(req.scope).run({ input: req.validatedBody })
  const done = await unlessUnknownProducer(req, res, run)
  if (done === null) return
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: PRODUCT_FIELDS, filters: { id: done.result } })
  res.status(201).json({ product: data[0], ocop: await productOcop(req.scope, done.result) })
}
