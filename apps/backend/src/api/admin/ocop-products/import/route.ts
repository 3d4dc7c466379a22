import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import {
  groupImportRows,
  PACKAGING_OPTION,
  usdAmountFromCents,
  type ImportedProduct,
  type ProductImportBody,
} from "@ocop/domain"
import {
  importOcopProductsWorkflow,
  type ImportOcopProductsInput,
} from "../../../../workflows/product/workflows/import-ocop-products"
import { sendProductErrors } from "../../products/product-errors"
import { requestLocale } from "../../../utils/http"
import { checkImportAgainstStore } from "./checks"

const NOTHING_WRITTEN = {
  vi: "Không nhập được, chưa có sản phẩm nào được ghi:",
  en: "The import failed and no product was written:",
} as const

/** Where imported products are sold and shipped from: the store's channel and the default shipping profile. */
async function storeDefaults(req: MedusaRequest) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: stores }, profiles] = await Promise.all([
    query.graph({ entity: "store", fields: ["default_sales_channel_id"] }),
    req.scope.resolve(Modules.FULFILLMENT).listShippingProfiles({ type: "default" }, { select: ["id"] }),
  ])
  return {
    salesChannelId: (stores[0] as any)?.default_sales_channel_id as string | undefined,
    shippingProfileId: profiles[0]?.id,
  }
}

/** Medusa's creation input for one product: a draft, its packaging option, VND and USD prices, tracked stock. */
function creationInput(product: ImportedProduct, defaults: Awaited<ReturnType<typeof storeDefaults>>) {
  return {
    title: product.title,
    handle: product.handle,
    description: product.description ?? undefined,
    status: "draft" as const,
    options: [{ title: PACKAGING_OPTION, values: product.variants.map((v) => v.title) }],
    variants: product.variants.map((v, rank) => ({
      title: v.title,
      variant_rank: rank,
      ...(v.sku ? { sku: v.sku } : {}),
      manage_inventory: true,
      options: { [PACKAGING_OPTION]: v.title },
      prices: [
        { currency_code: "vnd", amount: v.price_vnd },
        ...(v.price_usd === null ? [] : [{ currency_code: "usd", amount: usdAmountFromCents(v.price_usd) }]),
      ],
    })),
    ...(defaults.salesChannelId ? { sales_channels: [{ id: defaults.salesChannelId }] } : {}),
    ...(defaults.shippingProfileId ? { shipping_profile_id: defaults.shippingProfileId } : {}),
  }
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

  const defaults = await storeDefaults(req)
  const input: ImportOcopProductsInput = {
    products: products.map((p) => creationInput(p, defaults)),
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
