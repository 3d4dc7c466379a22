import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import type { AdminVariantsBatch, ProductErrorCode } from "@ocop/domain"
import { planVariantBatch } from "../../../../../../workflows/product/variant-plan"
import { saveProductVariantsWorkflow } from "../../../../../../workflows/product/workflows/save-product-variants"
import { sendProductErrors } from "../../../product-errors"
import { loadProductVariants, variantView } from "../../../variant-view"

async function productOrNotFound(req: MedusaRequest) {
  const product = await loadProductVariants(req.scope, req.params.id!)
  if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${req.params.id} was not found`)
  return product
}

/** GET /admin/products/:id/ocop/variants — the variants with VND and USD (cents) prices. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const product = await productOrNotFound(req)
  res.json({ variants: product.variants.map(variantView) })
}

/**
 * POST /admin/products/:id/ocop/variants — adds, changes and removes variants in one workflow, after
 * checking them against the product (unknown ids, repeated packaging or SKU, none left) and SKUs
 * against the other products (409).
 */
export async function POST(req: MedusaRequest<AdminVariantsBatch>, res: MedusaResponse) {
  const product = await productOrNotFound(req)
  const batch = req.validatedBody
  const planned = planVariantBatch(product, batch)
  if ("errors" in planned) return sendProductErrors(req, res, planned.errors)

  const own = new Set(product.variants.map((v) => v.id))
  const wanted = [
    ...batch.create.map((c, i) => ({ sku: c.sku, path: `create.${i}.sku` })),
    ...batch.update.map((u, i) => ({ sku: u.sku, path: `update.${i}.sku` })),
  ].filter((w): w is { sku: string; path: string } => !!w.sku)
  if (wanted.length) {
    const found = await req.scope
      .resolve(Modules.PRODUCT)
      .listProductVariants({ sku: wanted.map((w) => w.sku) }, { select: ["id", "sku"] })
    const taken = new Set(found.filter((v) => !own.has(v.id)).map((v) => v.sku))
    const errors: Record<string, ProductErrorCode> = {}
    for (const w of wanted) if (taken.has(w.sku)) errors[w.path] = "sku_taken"
    if (Object.keys(errors).length) return sendProductErrors(req, res, errors)
  }

  await saveProductVariantsWorkflow(req.scope).run({ input: planned.plan })
  const saved = await productOrNotFound(req)
  res.json({ variants: saved.variants.map(variantView) })
}
