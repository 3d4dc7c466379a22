import type { MedusaRequest, MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { CatalogueProductDetail, DistrictCode, ProductGroupCode } from "@ocop/domain"
import { fetchProductPageRow } from "../../../../modules/ocop/product-page"
import { currentCertificate, newestFirst } from "../../../../modules/ocop/utils/certificates"
import { minVndPrice } from "../../../../workflows/catalogue/compute-entries"
import { certificateSummary, producerSummary } from "../../../utils/serialize"

/**
 * GET /store/catalogue/:handle — a product page. Unlike the list it also answers for a product
 * whose certificate expired or was revoked (is_purchasable false, no current certificate), so old
 * links and QR codes explain why the badge is gone instead of failing.
 *
 * One indexed statement reads the product, its profile, producer, images, variants with prices and
 * stock in the caller's sales channel, and certificates (fetchProductPageRow); what depends on
 * "now" (certificate status, purchasability) is computed here, so the page is never stale and is
 * not cached (decision 032).
 */
export async function GET(req: MedusaRequest, res: MedusaResponse<{ product: CatalogueProductDetail }>) {
  const handle = req.params.handle!
  const knex = req.scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const channel = (req as MedusaStoreRequest).publishable_key_context?.sales_channel_ids?.[0]
  const product = await fetchProductPageRow(knex, handle, channel)
  if (!product) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No OCOP product with handle ${handle}`)
  }
  const certs = product.certificates.sort(newestFirst)
  const now = new Date()
  const current = currentCertificate(certs, now)
  const price = minVndPrice(product.variants)

  res.json({
    product: {
      id: product.id,
      handle: product.handle,
      title: product.title,
      title_en: product.title_en ?? null,
      subtitle: product.subtitle ?? null,
      thumbnail: product.thumbnail ?? null,
      product_group: product.product_group as ProductGroupCode,
      origin_district: product.origin_district as DistrictCode,
      price: price === null ? null : { amount: price, currency_code: "vnd" },
      certificate: current ? certificateSummary(current, now) : null,
      producer: producerSummary(product.producer),
      created_at: new Date(product.created_at).toISOString(),
      description: product.description ?? null,
      description_en: product.description_en ?? null,
      images: product.images.map((i) => ({ id: i.id, url: i.url })),
      variants: product.variants.map((v) => {
        const quantity = v.manage_inventory && channel ? v.stock : null
        const variantPrice = minVndPrice([v])
        return {
          id: v.id,
          title: v.title,
          sku: v.sku ?? null,
          price: variantPrice === null ? null : { amount: variantPrice, currency_code: "vnd" },
          in_stock: !v.manage_inventory || v.allow_backorder || (quantity ?? 0) > 0,
          inventory_quantity: quantity,
        }
      }),
      certificates: certs.map((c) => certificateSummary(c, now)),
      is_purchasable: Boolean(current) && product.producer.status === "active",
    },
  })
}
