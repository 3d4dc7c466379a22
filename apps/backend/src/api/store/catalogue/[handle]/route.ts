import type { MedusaRequest, MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, getVariantAvailability, MedusaError } from "@medusajs/framework/utils"
import type { CatalogueProductDetail, DistrictCode, ProductGroupCode } from "@ocop/domain"
import { OCOP_MODULE } from "../../../../modules/ocop"
import type OcopModuleService from "../../../../modules/ocop/service"
import { currentCertificate, newestFirst } from "../../../../modules/ocop/utils/certificates"
import { minVndPrice } from "../../../../workflows/catalogue/compute-entries"
import { certificateSummary, producerSummary } from "../../../utils/serialize"

const PRODUCT_FIELDS = [
  "id",
  "handle",
  "title",
  "subtitle",
  "description",
  "thumbnail",
  "created_at",
  "images.id",
  "images.url",
  "variants.id",
  "variants.title",
  "variants.sku",
  "variants.manage_inventory",
  "variants.allow_backorder",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.prices.price_list_id",
  "producer.*",
]

/** Stock per variant in the caller's sales channel; null when stock is not tracked or unknown. */
async function availability(req: MedusaRequest, variants: any[]): Promise<Record<string, number | null>> {
  const tracked = variants.filter((v) => v.manage_inventory).map((v) => v.id)
  const channel = (req as MedusaStoreRequest).publishable_key_context?.sales_channel_ids?.[0]
  if (!tracked.length || !channel) return {}
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const result = await getVariantAvailability(query, { variant_ids: tracked, sales_channel_id: channel })
  return Object.fromEntries(Object.entries(result).map(([id, a]) => [id, a.availability]))
}

/**
 * GET /store/catalogue/:handle — a product page. Unlike the list it also answers for a product
 * whose certificate expired or was revoked (is_purchasable false, no current certificate), so old
 * links and QR codes explain why the badge is gone instead of failing.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse<{ product: CatalogueProductDetail }>) {
  const handle = req.params.handle!
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: PRODUCT_FIELDS,
    filters: { handle, status: "published" },
  })
  const product = data[0] as any
  const ocop = req.scope.resolve<OcopModuleService>(OCOP_MODULE)
  const [profile] = product ? await ocop.listProductProfiles({ product_id: product.id }) : []
  if (!product || !profile || !product.producer) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No OCOP product with handle ${handle}`)
  }
  const certs = (await ocop.listCertifications({ product_id: product.id })).sort(newestFirst)
  const now = new Date()
  const current = currentCertificate(certs, now)
  const stock = await availability(req, product.variants ?? [])
  const price = minVndPrice(product.variants)

  res.json({
    product: {
      id: product.id,
      handle: product.handle,
      title: product.title,
      title_en: profile.title_en ?? null,
      subtitle: product.subtitle ?? null,
      thumbnail: product.thumbnail ?? null,
      product_group: profile.product_group as ProductGroupCode,
      origin_district: profile.origin_district as DistrictCode,
      price: price === null ? null : { amount: price, currency_code: "vnd" },
      certificate: current ? certificateSummary(current, now) : null,
      producer: producerSummary(product.producer),
      created_at: new Date(product.created_at).toISOString(),
      description: product.description ?? null,
      description_en: profile.description_en ?? null,
      images: (product.images ?? []).map((i: any) => ({ id: i.id, url: i.url })),
      variants: (product.variants ?? []).map((v: any) => {
        const quantity = v.manage_inventory ? (stock[v.id] ?? null) : null
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
