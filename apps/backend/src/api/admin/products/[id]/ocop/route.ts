import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../../../../modules/ocop"
import type OcopModuleService from "../../../../../modules/ocop/service"
import { PRODUCER_MODULE } from "../../../../../modules/producer"
import type ProducerModuleService from "../../../../../modules/producer/service"
import { attachProductsToProducersWorkflow } from "../../../../../workflows/product/workflows/attach-products-to-producers"
import { withdrawMovedReviewsWorkflow } from "../../../../../workflows/product-review/workflows/withdraw-moved-reviews"
import { requestLocale, sendInvalid } from "../../../../utils/http"
import { producerSummary } from "../../../../utils/serialize"
import type { ProductOcopBody } from "../../validators"
import { productReviewLockKey } from "../../../../../workflows/product-review/lock"

const UNKNOWN_PRODUCER = { vi: "Không tìm thấy chủ thể này", en: "No such producer" } as const

/** The product's OCOP view: producer, profile and whether it is listed in the catalogue now. */
async function productOcop(req: MedusaRequest, id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "title", "handle", "status", "producer.*"],
    filters: { id },
  })
  const product = data[0] as any
  if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${id} was not found`)
  const ocop = req.scope.resolve<OcopModuleService>(OCOP_MODULE)
  const [[profile], [entry]] = await Promise.all([
    ocop.listProductProfiles({ product_id: id }),
    ocop.listCatalogueEntries({ product_id: id }),
  ])
  return {
    id: product.id,
    title: product.title,
    handle: product.handle,
    status: product.status,
    producer: product.producer ? producerSummary(product.producer) : null,
    profile: profile
      ? {
          product_group: profile.product_group,
          origin_district: profile.origin_district,
          title_en: profile.title_en ?? null,
          description_en: profile.description_en ?? null,
        }
      : null,
    is_listed: entry?.is_listed ?? false,
    star_level: entry?.star_level ?? null,
  }
}

/** GET /admin/products/:id/ocop */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ product: await productOcop(req, req.params.id!) })
}

/**
 * POST /admin/products/:id/ocop — attaches the product to its producer (replacing any other) and
 * sets its profile. Moving a product to another producer closes the previous producer's pending
 * review, under the lock producers' submissions and reviewers' decisions take for the product.
 */
export async function POST(req: MedusaRequest<ProductOcopBody>, res: MedusaResponse) {
  const id = req.params.id!
  await productOcop(req, id)
  const body = req.validatedBody
  const producers = req.scope.resolve<ProducerModuleService>(PRODUCER_MODULE)
  const [producer] = await producers.listProducers({ id: body.producer_id }, { take: 1 })
  if (!producer) {
    const locale = requestLocale(req)
    return sendInvalid(res, { producer_id: UNKNOWN_PRODUCER[locale] }, locale)
  }
  const staffId = (req as MedusaRequest & { auth_context: { actor_id: string } }).auth_context.actor_id
  await req.scope.resolve(Modules.LOCKING).execute(productReviewLockKey(id), async () => {
    await attachProductsToProducersWorkflow(req.scope).run({
      input: {
        products: [
          {
            product_id: id,
            producer_id: body.producer_id,
            product_group: body.product_group,
            origin_district: body.origin_district,
            title_en: body.title_en ?? null,
            description_en: body.description_en ?? null,
          },
        ],
      },
    })
    await withdrawMovedReviewsWorkflow(req.scope).run({
      input: { product_id: id, producer_id: body.producer_id, reviewed_by: staffId },
    })
  })
  res.json({ product: await productOcop(req, id) })
}
