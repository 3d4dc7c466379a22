import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { groupImportRows, type ImportedProduct, type ProductImportBody } from "@ocop/domain"
import {
  importOcopProductsWorkflow,
  type ImportOcopProductsInput,
} from "../../../../workflows/product/workflows/import-ocop-products"
import { newProductInput, type ProductPlacement } from "../../../../workflows/product/new-product"
import { storeDefaults } from "../../../../workflows/product-review/store-defaults"
import { sendProductErrors } from "../../products/product-errors"
import { requestLocale } from "../../../utils/http"
import { checkImportAgainstStore } from "./checks"

const NOTHING_WRITTEN = {
  vi: "Không nhập được, chưa có sản phẩm nào được ghi:",
  en: "The import failed and no product was written:",
} as const

/** Medusa's creation input for one imported product: a draft, as the console's new product (newProductInput). */
function creationInput(product: ImportedProduct, placement: ProductPlacement) {
  const { title, handle, description } = product
  const input = newProductInput(
    { title, handle, status: "draft", ...(description ? { description } : {}) },
    product.variants,
    placement,
  )
  // The import matches products to profiles by handle, so every one carries its own.
  return { ...input, handle }
}

/**
 * POST /admin/ocop-products/import — products from the office's spreadsheet, one row per variant.
 * Rows were validated by the middleware (400 `rows.<row>.<field>`); unknown producers (400) and
 * handles or SKUs already used (409) are reported per row. With `dry_run` nothing more happens;
 * otherwise one workflow writes every product as a draft, or none (decision in the workflow).
 */
export async function POST(req: MedusaRequest<ProductImportBody>, res: MedusaResponse) {
  const { rows, dry_run } = req.validatedBody
  const { errors, producerIdOf } = await checkImportAgainstStore(req.scope, rows)
  if (Object.keys(errors).length > 0) return sendProductErrors(req, res, errors)
  const products = groupImportRows(rows)
  if (dry_run) return res.json({ valid: true, products: products.length, variants: rows.length })

  const placement = await storeDefaults(req.scope)
  const input: ImportOcopProductsInput = {
    products: products.map((p) => creationInput(p, placement)),
    profiles: products.map((p) => ({
      handle: p.handle,
      producer_id: producerIdOf.get(p.producer)!,
      product_group: p.group,
      origin_district: p.district,
      title_en: p.title_en,
      description_en: p.description_en,
    })),
  }
  try {
    const { result } = await importOcopProductsWorkflow(req.scope).run({ input })
    res.status(201).json({ imported: result.length, variants: rows.length, ids: result })
  } catch (error) {
    // Something only the write could find (an inventory item holding a SKU, a product created
    // meanwhile): the workflow has undone its steps, so say so rather than answer a bare 500.
    if (!MedusaError.isMedusaError(error)) throw error
    const status =
      error.type === MedusaError.Types.DUPLICATE_ERROR ? 409 : error.type === MedusaError.Types.INVALID_DATA ? 400 : 422
    res.status(status).json({ type: error.type, message: `${NOTHING_WRITTEN[requestLocale(req)]} ${error.message}` })
  }
}
