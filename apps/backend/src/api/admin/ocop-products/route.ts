import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { foldVietnamese, usdCentsFromAmount } from "@ocop/domain"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import { orderOf } from "../../utils/paging"
import { escapeLike } from "../producers/route"
import { availableByProduct, productIdsByStock } from "./stock"
import type { AdminOcopProductsQuery } from "./validators"

/**
 * GET /admin/ocop-products — the console's product list with OCOP filters. It reads the catalogue
 * read model (one row per product with a producer and a profile), so filters and paging stay one
 * indexed query (the stock filter first picks product ids, see stock.ts); editing goes through
 * Medusa's /admin/products and /admin/products/:id/ocop.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.validatedQuery as unknown as AdminOcopProductsQuery
  const ocop = req.scope.resolve<OcopModuleService>(OCOP_MODULE)
  const filters: Record<string, unknown> = {}
  if (query.q) filters.search_text = { $ilike: `%${escapeLike(foldVietnamese(query.q))}%` }
  if (query.producer_id) filters.producer_id = query.producer_id
  if (query.product_group) filters.product_group = query.product_group
  if (query.origin_district) filters.origin_district = query.origin_district
  if (query.certificate_status) filters.is_certified = query.certificate_status === "in_force"
  if (query.star_level) filters.star_level = query.star_level
  if (query.published !== undefined) filters.published = query.published
  if (query.stock) {
    const ids = await productIdsByStock(req.scope, query.stock)
    if (ids.length === 0) return res.json({ ocop_products: [], count: 0, limit: query.limit, offset: query.offset })
    filters.product_id = ids
  }
  const [entries, count] = await ocop.listAndCountCatalogueEntries(filters, {
    skip: query.offset,
    take: query.limit,
    order: orderOf(query.order),
  })
  const stock = await availableByProduct(
    req.scope,
    entries.map((e) => e.product_id),
  )
  res.json({
    ocop_products: entries.map((e) => ({
      id: e.product_id,
      title: e.title,
      title_en: e.title_en ?? null,
      handle: e.handle,
      thumbnail: e.thumbnail ?? null,
      product_group: e.product_group,
      origin_district: e.origin_district,
      producer_id: e.producer_id,
      producer_handle: e.producer_handle,
      star_level: e.star_level ?? null,
      is_certified: e.is_certified,
      published: e.published,
      is_listed: e.is_listed,
      min_price: e.min_price === null || e.min_price === undefined ? null : Number(e.min_price),
      // US cents, like every price_usd of our API.
      min_price_usd:
        e.min_price_usd === null || e.min_price_usd === undefined ? null : usdCentsFromAmount(Number(e.min_price_usd)),
      // Units buyers can still order over the tracked variants; null when the product tracks no stock.
      stock_available: stock.get(e.product_id) ?? null,
      created_at: e.product_created_at,
    })),
    count,
    limit: query.limit,
    offset: query.offset,
  })
}

// POST /admin/ocop-products: a new OCOP product in one request, beside the other product writes.
export { POST } from "../products/create-ocop-product"
