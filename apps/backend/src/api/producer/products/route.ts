import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { foldVietnamese, type ProducerProductInput } from "@ocop/domain"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import { changesOf } from "../../../workflows/product-review/changes"
import type { ProductFields } from "../../../workflows/product-review/types"
import { submitNewProductWorkflow } from "../../../workflows/product-review/workflows/submit-new-product"
import { escapeLike } from "../../admin/producers/route"
import { orderOf } from "../../utils/paging"
import { requestLocale, sendInvalid } from "../../utils/http"
import { foreignPictureErrors } from "../file-urls"
import { currentProducer, currentProducerUser } from "../scope"
import { sendSkuTaken } from "./sku-errors"
import type { ProducerProductsQuery } from "./validators"
import { producerProducts } from "./views"

/**
 * GET /producer/products — the signed-in producer's products, drafts included. Paging and the
 * diacritic-free search read the catalogue read model (one row per OCOP product, listed or not),
 * always filtered by the producer.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.validatedQuery as unknown as ProducerProductsQuery
  const producer = currentProducer(req)
  const filters: Record<string, unknown> = { producer_id: producer.id }
  if (query.q) filters.search_text = { $ilike: `%${escapeLike(foldVietnamese(query.q))}%` }
  const [entries, count] = await req.scope
    .resolve<OcopModuleService>(OCOP_MODULE)
    .listAndCountCatalogueEntries(filters, {
      select: ["product_id"],
      skip: query.offset,
      take: query.limit,
      order: orderOf(query.order),
    })
  const products = await producerProducts(
    req.scope,
    producer.id,
    entries.map((e) => e.product_id),
  )
  res.json({ products, count, limit: query.limit, offset: query.offset })
}

/** POST /producer/products — a new product as a draft, with a pending review of kind create, in one workflow. */
export async function POST(req: MedusaRequest<ProducerProductInput>, res: MedusaResponse) {
  const producer = currentProducer(req)
  const product = changesOf(req.validatedBody) as ProductFields
  const foreign = foreignPictureErrors(req, { images: product.images })
  if (Object.keys(foreign).length) return sendInvalid(res, foreign, requestLocale(req))
  const { result } = await submitNewProductWorkflow(req.scope).run({
    input: { producer_id: producer.id, submitted_by: currentProducerUser(req).id, product },
  })
  if (!result.created) return sendSkuTaken(req, res, result.taken)
  const [view] = await producerProducts(req.scope, producer.id, [result.created.product_id])
  res.status(201).json({ product: view })
}
